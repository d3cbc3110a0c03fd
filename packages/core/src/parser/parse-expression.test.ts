import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";
import { maxNestingDepth } from "./parse-expression.js";

const inModel = (line: string) => `model A {\n  id Int @id\n  ${line}\n}\n`;
const depth = 3000;

/** Lines that nest calls or brackets `depth` levels deep, closed or not. */
const deepLines: Readonly<Record<string, string>> = {
  "unclosed calls": `x Int @default(${"f(".repeat(depth)}`,
  "closed calls": `x Int @default(${"f(".repeat(depth)}${")".repeat(depth + 1)}`,
  "named arguments": `x Int @default(${"a: f(".repeat(depth)}`,
  "unclosed brackets": `x Int @default(${"[".repeat(depth)}`,
  "closed brackets": `x Int[] @default(${"[".repeat(depth)}1${"]".repeat(depth)})`,
};

describe("parseExpression()", () => {
  for (const [what, line] of Object.entries(deepLines)) {
    it(`reports ${what} ${depth} levels deep as nested too deeply (E109), without a RangeError`, () => {
      const text = inModel(line);
      const result = parseSchema(text);
      expect(result.valid).toBe(false);
      const deep = result.diagnostics.filter((d) => d.code === "E109");
      expect(deep).toHaveLength(1);
      expect(deep[0]?.range.start.line).toBe(2);
    });
  }

  it(`reports a line of ${depth} unclosed \`@default(\` as invalid, without a throw`, () => {
    const result = parseSchema(inModel(`x Int ${"@default(".repeat(depth)}`));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["E104"]);
  });

  it("reports the same nesting in a datasource property", () => {
    const text = `datasource db {\n  provider = ${"[".repeat(depth)}"x"${"]".repeat(depth)}\n}\n`;
    expect(parseSchema(text).diagnostics.map((d) => d.code)).toContain("E109");
  });

  it("accepts nesting up to the limit (maxNestingDepth levels) and reports one level more", () => {
    const nested = (levels: number) => `${"[".repeat(levels - 1)}"x"${"]".repeat(levels - 1)}`;
    const generator = (levels: number) => `generator c {\n  provider = "x"\n  custom = ${nested(levels)}\n}\n`;
    expect(parseSchema(generator(maxNestingDepth)).diagnostics).toEqual([]);
    expect(parseSchema(generator(maxNestingDepth + 1)).diagnostics.map((d) => d.code)).toEqual(["E109"]);
  });
});
