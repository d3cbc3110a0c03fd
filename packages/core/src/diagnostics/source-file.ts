import type { Position, Range } from "./diagnostic.js";

/** A schema file's text with a line index, to turn offsets into positions. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  readonly lineStarts: readonly number[];
}

/** An offset range `[start, end)` inside one source file. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Indexes the line starts of a text (`\n`, `\r\n` and lone `\r` end lines, as in Prisma's grammar). */
export function createSourceFile(path: string, text: string): SourceFile {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      lineStarts.push(i + 1);
    }
  }
  return { path, text, lineStarts };
}

/** The line and character of an offset (binary search over line starts). */
export function positionAt(file: SourceFile, offset: number): Position {
  const starts = file.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - (starts[low] ?? 0) };
}

/** The range of a span. */
export function rangeOf(file: SourceFile, span: Span): Range {
  return { start: positionAt(file, span.start), end: positionAt(file, span.end) };
}
