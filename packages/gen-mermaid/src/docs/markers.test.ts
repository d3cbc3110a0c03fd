import { describe, expect, it } from "vitest";
import { findMarkerBlocks } from "./markers.js";

const start = "<!-- cardinal:mermaid:start -->";
const end = "<!-- cardinal:mermaid:end -->";

describe("findMarkerBlocks()", () => {
  it("finds each block's content between the marker lines, with its attributes", () => {
    const text = `# T\n${start}\nold\n${end}\ntext\n<!-- cardinal:mermaid:start group=Billing title="A \\"B\\"" -->\n${end}\n`;
    const { blocks, errors } = findMarkerBlocks(text);
    expect(errors).toEqual([]);
    expect(blocks.map((b) => [b.line, text.slice(b.contentStart, b.contentEnd), b.lineBreak])).toEqual([
      [2, "old\n", "\n"],
      [6, "", "\n"],
    ]);
    expect(Object.fromEntries([...(blocks[1]?.attributes ?? [])].map(([k, v]) => [k, v]))).toEqual({
      group: { value: "Billing", column: 29 },
      title: { value: 'A "B"', column: 43 },
    });
  });

  it("keeps CRLF as the line break of a CRLF file", () => {
    const { blocks } = findMarkerBlocks(`a\r\n${start}\r\nx\r\n${end}\r\n`);
    expect(blocks[0]?.lineBreak).toBe("\r\n");
  });

  it("ignores markers inside fenced code blocks (a README showing the syntax)", () => {
    const text = `\`\`\`md\n${start}\n\`\`\`\n~~~\n${end}\n~~~\n${start}\n${end}\n`;
    expect(findMarkerBlocks(text).blocks.map((b) => b.line)).toEqual([7]);
  });

  it("reports a file without markers", () => {
    expect(findMarkerBlocks("# Just text\n").errors).toEqual([
      { line: 1, column: 1, message: expect.stringContaining("no <!-- cardinal:mermaid:start --> marker") },
    ]);
  });

  it("locates unbalanced, nested and unknown markers", () => {
    const errors = (text: string) => findMarkerBlocks(text).errors.map((e) => [e.line, e.column, e.message]);
    expect(errors(`a\n  ${end}\n`)).toEqual([[2, 3, expect.stringContaining("an end marker without a start")]]);
    expect(errors(`a\n${start}\nb\n`)).toEqual([[2, 1, expect.stringContaining("a start marker without an end")]]);
    expect(errors(`${start}\n${start}\n${end}\n`)).toEqual([
      [2, 1, expect.stringContaining("inside the block opened on line 1")],
    ]);
    expect(errors("<!-- cardinal:mermaid:begin -->\n")).toEqual([
      [1, 1, expect.stringContaining("unknown marker cardinal:mermaid:begin")],
    ]);
  });

  it("locates malformed attributes", () => {
    const { errors } = findMarkerBlocks(`<!-- cardinal:mermaid:start group=A group=B "x -->\n${end}\n`);
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [1, 37, "the attribute group is given twice"],
      [1, 45, expect.stringContaining('found "\\"x"')],
    ]);
  });

  it("treats a marker indented four spaces as code, not a marker", () => {
    expect(findMarkerBlocks(`    ${start}\n${start}\n${end}\n`).blocks.map((b) => b.line)).toEqual([2]);
  });
});
