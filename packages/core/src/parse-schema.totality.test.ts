import { loadValidCorpus, randomSeed } from "@cardinal/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnosticCodes } from "./diagnostics/codes.js";
import { formatDiagnostics } from "./diagnostics/format-diagnostics.js";
import { type ParseResult, parseSchema, validateSchema } from "./parse-schema.js";
import { mutatedSchemaArbitrary, randomTextArbitrary } from "./test-support/schema-mutations.js";

/** What must hold for any input: no throw, well-formed diagnostics inside the file, a consistent verdict. */
function checkWellFormed(text: string, result: ParseResult): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const diagnostic of result.diagnostics) {
    expect(Object.hasOwn(diagnosticCodes, diagnostic.code)).toBe(true);
    expect(diagnostic.message.length).toBeGreaterThan(10);
    const { start, end } = diagnostic.range;
    expect(start.line).toBeGreaterThanOrEqual(0);
    expect(end.line).toBeLessThan(lineCount);
    expect(start.line < end.line || (start.line === end.line && start.character <= end.character)).toBe(true);
  }
  expect(result.valid).toBe(!result.diagnostics.some((diagnostic) => diagnostic.severity === "error"));
  expect(() => formatDiagnostics(result.diagnostics, { sources: { "schema.prisma": text } })).not.toThrow();
  // validateSchema answers what parseSchema does, without the model.
  expect(validateSchema(text)).toEqual({ diagnostics: result.diagnostics, valid: result.valid });
}

const seeds = loadValidCorpus().map((schema) => schema.content);

describe("parseSchema() is total", () => {
  it("gives well-formed diagnostics, never a throw, for 3,000 mutated corpus schemas", () => {
    const seed = randomSeed();
    console.log(`mutations: seed ${seed}`);
    fc.assert(
      fc.property(mutatedSchemaArbitrary(seeds), (text) => checkWellFormed(text, parseSchema(text))),
      { seed, numRuns: 3000 },
    );
  }, 60_000);

  it("gives well-formed diagnostics, never a throw, for 3,000 random texts", () => {
    const seed = randomSeed();
    console.log(`random texts: seed ${seed}`);
    fc.assert(
      fc.property(randomTextArbitrary, (text) => checkWellFormed(text, parseSchema(text))),
      { seed, numRuns: 3000 },
    );
  }, 60_000);

  it("reports an error for a schema that is cut off in the middle of a block", () => {
    const result = parseSchema("model A {\n  id Int @id\n  name Str");
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain("E103");
  });
});
