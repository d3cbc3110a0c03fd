import type { Range } from "./diagnostic.js";

/** Paints a piece of text (ANSI colours, or nothing). */
export type Paint = (style: "red" | "yellow" | "dim" | "bold", text: string) => string;

/** Columns of a line a code frame shows at most; longer lines are cut around the range, with `…`. */
export const frameWidth = 120;

/** Columns shown before the range's start when a long line is cut. */
const leadColumns = 30;

/** The lines of a source, split once (`\n`, `\r\n` and lone `\r` end lines). */
export function splitLines(source: string): readonly string[] {
  return source.split(/\r\n|\r|\n/);
}

/**
 * A code frame: the range's first line with `context` lines around it, the range underlined. Every line shows the
 * same window of at most `frameWidth` columns, so a frame's size never depends on the length of a line.
 */
export function codeFrame(
  range: Range,
  lines: readonly string[],
  context: number,
  paint: Paint,
  markerStyle: "red" | "yellow",
): string {
  const { start, end } = range;
  const first = Math.max(0, start.line - context);
  const last = Math.min(lines.length - 1, start.line + context);
  const gutter = String(last + 1).length;
  const startText = lines[start.line] ?? "";
  const to = end.line === start.line ? Math.max(end.character, start.character + 1) : startText.length;
  const from = windowStart(startText.length, start.character);
  const out: string[] = [];
  for (let line = first; line <= last; line++) {
    const full = (lines[line] ?? "").replace(/\t/g, " ");
    // A context line that ends before the window is shown from its start (it needs no alignment with the marker).
    const text = cut(full, line === start.line || full.length > from ? from : 0);
    out.push(`${paint("dim", `${String(line + 1).padStart(gutter)} |`)} ${text}`);
    if (line !== start.line) continue;
    const lead = start.character - from + (from > 0 ? 1 : 0);
    const length = Math.min(to, from + frameWidth) - start.character;
    const marker = `${" ".repeat(lead)}${"^".repeat(Math.max(1, length))}`;
    out.push(`${" ".repeat(gutter)} ${paint("dim", "|")} ${paint(markerStyle, marker)}`);
  }
  return out.join("\n");
}

/** Where the window of a line starts: 0 for short lines, else a little before the range, inside the line. */
function windowStart(length: number, character: number): number {
  if (length <= frameWidth) return 0;
  return Math.max(0, Math.min(character - leadColumns, length - frameWidth));
}

/** The window `[from, from + frameWidth)` of a line, with `…` where text is cut off. */
function cut(text: string, from: number): string {
  if (from === 0 && text.length <= frameWidth) return text;
  const head = from > 0 ? "…" : "";
  const tail = text.length > from + frameWidth ? "…" : "";
  return `${head}${text.slice(from, from + frameWidth)}${tail}`;
}
