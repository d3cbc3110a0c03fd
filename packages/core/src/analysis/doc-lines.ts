import type { SourceFile, Span } from "../diagnostics/source-file.js";
import { positionAt, rangeOf } from "../diagnostics/source-file.js";
import type { DocumentationLine } from "../model/types.js";

/**
 * The `///` lines documenting a declaration that starts at `node.start` and ends at `node.end`, each with its
 * location, in the order the parser joins them into `documentation`: the `///` lines right above (plain `//`
 * comments between them are skipped; a blank or any other line ends the run), then a trailing `/// ...` after the
 * declaration on its own line.
 */
export function readDocumentationLines(file: SourceFile, node: Span, trailing = true): DocumentationLine[] {
  const { text, lineStarts } = file;
  // A binary search: a scan from the first line made the whole model quadratic in the schema's length.
  const lineOf = (offset: number) => positionAt(file, offset).line;
  const lineText = (line: number) => {
    const start = lineStarts[line] ?? 0;
    const end = lineStarts[line + 1] ?? text.length;
    return { start, text: text.slice(start, end).replace(/\r?\n$|\r$/, "") };
  };
  const docAt = (from: number, to: number): DocumentationLine => ({
    text: text.slice(from + 3, to).trim(),
    location: { file: file.path, range: rangeOf(file, { start: from, end: to }) },
  });
  const lines: DocumentationLine[] = [];
  const first = lineOf(node.start);
  for (let line = first - 1; line >= 0; line--) {
    const current = lineText(line);
    const indent = current.text.length - current.text.trimStart().length;
    const trimmed = current.text.trim();
    if (!trimmed.startsWith("//")) break;
    if (trimmed.startsWith("///")) {
      const from = current.start + indent;
      lines.unshift(docAt(from, current.start + current.text.trimEnd().length));
    }
  }
  if (!trailing) return lines;
  const own = lineText(lineOf(node.end));
  const tail = /^\s*\/\/\//.exec(text.slice(node.end, own.start + own.text.length));
  if (tail) lines.push(docAt(node.end + tail[0].length - 3, own.start + own.text.trimEnd().length));
  return lines;
}

const renamedFromLine = /^\s*@renamedFrom\s+([A-Za-z_]\w*)\s*$/;

/** The old name a `/// @renamedFrom Old` line of a doc comment gives (an instruction to migrations), if any. */
export function renamedFromOf(documentation: string | undefined): string | undefined {
  if (documentation === undefined || !documentation.includes("@renamedFrom")) return undefined;
  for (const line of documentation.split("\n")) {
    const match = renamedFromLine.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * A doc comment without its `@renamedFrom` lines: they tell migrations a name's history and are no documentation, so
 * generated types, zod, diagrams and SQL comments do not show them. Undefined when nothing else is left.
 */
export function documentationText(documentation: string | undefined): string | undefined {
  if (documentation === undefined || !documentation.includes("@renamedFrom")) return documentation;
  const text = documentation
    .split("\n")
    .filter((line) => !renamedFromLine.test(line))
    .join("\n");
  return text === "" ? undefined : text;
}
