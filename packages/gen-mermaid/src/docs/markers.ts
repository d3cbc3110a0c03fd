/** The start marker of an embedded diagram, as a Markdown file writes it (attributes optional). */
export const startMarker = "<!-- cardinal:mermaid:start -->";
/** The end marker of an embedded diagram. */
export const endMarker = "<!-- cardinal:mermaid:end -->";

/** A block between a start and an end marker, with the attributes of its start marker. */
export interface MarkerBlock {
  /** 1-based line of the start marker. */
  readonly line: number;
  /** Column of each attribute's key in the start marker (1-based), for located errors. */
  readonly attributes: ReadonlyMap<string, { readonly value: string; readonly column: number }>;
  /** Offset just after the start marker's line break: the first character Cardinal owns. */
  readonly contentStart: number;
  /** Offset of the end marker's line: the first character after what Cardinal owns. */
  readonly contentEnd: number;
  /** The line break of the start marker's line (`\r\n` in a CRLF file), used for the content written. */
  readonly lineBreak: string;
}

/** A problem with the markers of a file, at a 1-based line and column. */
export interface MarkerError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

interface Line {
  readonly number: number;
  readonly start: number;
  readonly text: string;
  /** The line break that ends it ("" on the last line). */
  readonly lineBreak: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ number: lines.length + 1, start, text: text.slice(start, match.index), lineBreak: match[0] });
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push({ number: lines.length + 1, start, text: text.slice(start), lineBreak: "" });
  return lines;
}

/** A marker line: `<!-- cardinal:mermaid:KIND attributes -->`, indented by at most 3 spaces (else it is code). */
const markerLine = /^( {0,3})<!--\s*cardinal:mermaid:(\S*)(.*?)\s*-->\s*$/;
const attribute = /\s+([A-Za-z]\w*)=("(?:[^"\\]|\\.)*"|[^\s"]+)/y;

function parseAttributes(
  source: string,
  offset: number,
  line: number,
  errors: MarkerError[],
): MarkerBlock["attributes"] {
  const found = new Map<string, { value: string; column: number }>();
  attribute.lastIndex = 0;
  let at = 0;
  for (let match = attribute.exec(source); match; match = attribute.exec(source)) {
    const [whole, key = "", raw = ""] = match;
    const column = offset + at + whole.length - whole.trimStart().length + 1;
    if (found.has(key)) errors.push({ line, column, message: `the attribute ${key} is given twice` });
    let value = raw;
    try {
      if (raw.startsWith('"')) value = JSON.parse(raw) as string;
    } catch {
      errors.push({ line, column, message: `the value of ${key} is not a valid quoted string: ${raw}` });
    }
    found.set(key, { value, column });
    at = attribute.lastIndex;
  }
  if (source.slice(at).trim() !== "")
    errors.push({
      line,
      column: offset + at + (source.slice(at).length - source.slice(at).trimStart().length) + 1,
      message: `expected attributes as key=value or key="quoted value", found ${JSON.stringify(source.slice(at).trim())}`,
    });
  return found;
}

/** CommonMark fences: markers inside a fenced code block are text (a README may show the syntax). */
const fenceLine = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Finds the marker blocks of a Markdown file: every `<!-- cardinal:mermaid:start ... -->` line up to the next
 * `<!-- cardinal:mermaid:end -->` line. Markers inside fenced code blocks are ignored; inside a block, everything up
 * to the end marker belongs to Cardinal. Unbalanced, nested or unknown markers and malformed attributes are located
 * errors; a file without any marker is an error too.
 * @example findMarkerBlocks("a\n<!-- cardinal:mermaid:start group=Billing -->\nold\n<!-- cardinal:mermaid:end -->\n")
 */
export function findMarkerBlocks(text: string): { blocks: MarkerBlock[]; errors: MarkerError[] } {
  const blocks: MarkerBlock[] = [];
  const errors: MarkerError[] = [];
  let open: { line: Line; attributes: MarkerBlock["attributes"] } | undefined;
  let fence: string | undefined;
  for (const line of splitLines(text)) {
    const fenceMatch = open ? undefined : fenceLine.exec(line.text);
    if (fenceMatch) {
      const marks = fenceMatch[1] as string;
      if (fence === undefined) fence = marks;
      else if (marks[0] === fence[0] && marks.length >= fence.length && line.text.trim() === marks) fence = undefined;
      continue;
    }
    const marker = fence === undefined ? markerLine.exec(line.text) : null;
    if (!marker) continue;
    const [, indent = "", kind = "", rest = ""] = marker;
    const column = indent.length + 1;
    if (kind === "start") {
      if (open) {
        errors.push({
          line: line.number,
          column,
          message: `a start marker inside the block opened on line ${open.line.number}; close it first with ${endMarker}`,
        });
        continue;
      }
      const restOffset = line.text.indexOf(rest, line.text.indexOf("start") + "start".length);
      open = { line, attributes: parseAttributes(rest, restOffset, line.number, errors) };
    } else if (kind === "end") {
      if (rest.trim() !== "") errors.push({ line: line.number, column, message: "the end marker takes no attributes" });
      if (!open) {
        errors.push({
          line: line.number,
          column,
          message: `an end marker without a start marker (${startMarker}) before it`,
        });
        continue;
      }
      const contentStart = open.line.start + open.line.text.length + open.line.lineBreak.length;
      blocks.push({
        line: open.line.number,
        attributes: open.attributes,
        contentStart,
        contentEnd: line.start,
        lineBreak: open.line.lineBreak || "\n",
      });
      open = undefined;
    } else
      errors.push({
        line: line.number,
        column,
        message: `unknown marker cardinal:mermaid:${kind}; expected cardinal:mermaid:start or cardinal:mermaid:end`,
      });
  }
  if (open)
    errors.push({
      line: open.line.number,
      column: 1,
      message: `a start marker without an end marker (${endMarker}) after it`,
    });
  if (blocks.length === 0 && errors.length === 0)
    errors.push({
      line: 1,
      column: 1,
      message: `no ${startMarker} marker: add one, and ${endMarker}, where the diagram goes`,
    });
  return { blocks, errors };
}
