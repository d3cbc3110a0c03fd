import type { Diagnostic } from "@cardinal/core";

/** A diagnostic as editor offsets, ready for CodeMirror's linter. */
export interface EditorDiagnostic {
  readonly from: number;
  readonly to: number;
  readonly severity: "error" | "warning";
  /** `E401 (3:5) ...`: the code, the 1-based line and column, the message. */
  readonly message: string;
  /** 1-based line, as shown in the gutter. */
  readonly line: number;
}

/**
 * Maps core's zero-based line/character ranges onto offsets in the editor's text. Ranges past the end of a line or of
 * the text are clamped, and an empty range is widened to one character so that it stays visible.
 */
export function toEditorDiagnostics(text: string, diagnostics: readonly Diagnostic[]): EditorDiagnostic[] {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === "\n") lineStarts.push(index + 1);
  const offset = (line: number, character: number) => {
    const start = lineStarts[Math.min(line, lineStarts.length - 1)] ?? 0;
    const end = line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) - 1 : text.length;
    return Math.min(start + character, end);
  };
  return diagnostics.map((diagnostic) => {
    const { start, end } = diagnostic.range;
    const from = offset(start.line, start.character);
    let to = offset(end.line, end.character);
    if (to <= from) to = Math.min(from + 1, text.length);
    return {
      from,
      to: Math.max(to, from),
      severity: diagnostic.severity,
      message: `${diagnostic.code} (${start.line + 1}:${start.character + 1}) ${diagnostic.message}`,
      line: start.line + 1,
    };
  });
}
