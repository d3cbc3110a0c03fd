import { autocompletion } from "@codemirror/autocomplete";
import { syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic as LintDiagnostic, setDiagnostics } from "@codemirror/lint";
import { keymap } from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { basicSetup, EditorView } from "codemirror";
import type { EditorDiagnostic } from "../logic/diagnostic-ranges.js";
import { formatSchema } from "../logic/format-schema.js";
import { prismaCompletion } from "./completion.js";
import { prismaLanguage } from "./prisma-language.js";

/**
 * The schema editor: CodeMirror with Prisma highlighting, completion, inline diagnostics, and Ctrl/Cmd-S to format
 * (the formatted text is what gets saved, in localStorage and the share link).
 */
export function createEditor(parent: HTMLElement, text: string, onChange: (text: string) => void) {
  const format = (view: EditorView) => {
    const current = view.state.doc.toString();
    const formatted = formatSchema(current);
    if (formatted !== current) view.dispatch({ changes: { from: 0, to: current.length, insert: formatted } });
    return true;
  };
  const view = new EditorView({
    doc: text,
    parent,
    extensions: [
      keymap.of([{ key: "Mod-s", run: format, preventDefault: true }]),
      basicSetup,
      prismaLanguage,
      syntaxHighlighting(classHighlighter),
      autocompletion({ override: [prismaCompletion] }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    format: () => format(view),
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
