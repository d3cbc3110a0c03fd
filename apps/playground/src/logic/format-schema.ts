const blockStart = /^\s*(model|enum|view|type|datasource|generator)\s+(\S+)\s*\{\s*(\/\/.*)?$/;
const field = /^(\S+)\s+((?:Unsupported\((?:"(?:[^"\\]|\\.)*"|[^)])*\)|[^\s@/"]+)(?:\[\])?[?!]?)(?:\s+(\S.*))?$/u;
const keyValue = /^(\w+)\s*=\s*(\S.*)$/;

/** One line inside a block, split into the columns `prisma format` aligns. */
type Row = { readonly cells: readonly string[] } | { readonly text: string };

function rowOf(line: string, kind: string): Row {
  const text = line.trim();
  if (text === "" || text.startsWith("//") || text.startsWith("@@")) return { text };
  if (kind === "datasource" || kind === "generator") {
    const match = keyValue.exec(text);
    return match ? { cells: [match[1] as string, `= ${match[2]}`] } : { text };
  }
  if (kind === "enum") {
    const [name, ...rest] = text.split(/\s+/);
    return rest.length > 0 ? { cells: [name as string, text.slice((name as string).length).trim()] } : { text };
  }
  const match = field.exec(text);
  if (!match) return { text };
  return { cells: match[3] !== undefined ? [match[1], match[2], match[3]] : [match[1], match[2]] } as Row;
}

/** Aligns runs of rows (separated by blank lines, comments or block attributes) column by column. */
function alignRows(rows: readonly Row[]): string[] {
  const lines: string[] = [];
  let run: (readonly string[])[] = [];
  const flush = () => {
    const widths: number[] = [];
    for (const cells of run)
      for (const [index, cell] of cells.entries()) widths[index] = Math.max(widths[index] ?? 0, cell.length);
    for (const cells of run)
      lines.push(
        `  ${cells.map((cell, index) => (index < cells.length - 1 ? cell.padEnd(widths[index] ?? 0) : cell)).join(" ")}`,
      );
    run = [];
  };
  for (const row of rows) {
    if ("cells" in row) {
      run.push(row.cells);
      continue;
    }
    flush();
    lines.push(row.text === "" ? "" : `  ${row.text}`);
  }
  flush();
  return lines;
}

/**
 * Formats a Prisma schema as `prisma format` lays it out: two-space indentation, field names, types and attributes
 * aligned in columns, `=` aligned in datasource and generator blocks, at most one blank line in a row, one trailing
 * newline. Only whitespace between tokens changes, so the schema means the same.
 */
export function formatSchema(text: string): string {
  const out: string[] = [];
  let block: { kind: string; rows: Row[] } | undefined;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const start = blockStart.exec(line);
    if (!block && start) {
      out.push(`${start[1]} ${start[2]} {${start[3] ? ` ${start[3]}` : ""}`);
      block = { kind: start[1] as string, rows: [] };
    } else if (block && line.trim() === "}") {
      out.push(...trimBlank(alignRows(block.rows)), "}");
      block = undefined;
    } else if (block) block.rows.push(rowOf(line, block.kind));
    else out.push(line.trimEnd());
  }
  if (block) out.push(...alignRows(block.rows)); // an unclosed block: leave it open, as typed
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === "") start++;
  while (end > start && lines[end - 1] === "") end--;
  return lines.slice(start, end);
}
