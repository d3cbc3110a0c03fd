import { type Diagnostic as LintDiagnostic, setDiagnostics } from "@codemirror/lint";
import { basicSetup, EditorView } from "codemirror";
import type { EditorDiagnostic } from "../logic/diagnostic-ranges.js";
import { prismaLanguage } from "./prisma-language.js";

/** The schema editor: CodeMirror with Prisma highlighting and inline diagnostics. */
export function createEditor(parent: HTMLElement, text: string, onChange: (text: string) => void) {
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      basicSetup,
      prismaLanguage,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(next: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    showDiagnostics(diagnostics: readonly EditorDiagnostic[]) {
      const lint: LintDiagnostic[] = diagnostics.map(({ from, to, severity, message }) => ({
        from,
        to,
        severity,
        message,
      }));
      view.dispatch(setDiagnostics(view.state, lint));
    },
  };
}
