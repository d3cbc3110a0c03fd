import { createRandom, fuzzSchema, randomSeed } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { diagnosticCodes } from "./diagnostics/codes.js";
import { formatDiagnostics } from "./diagnostics/format-diagnostics.js";
import { parseSchema } from "./parse-schema.js";

const runs = Number(process.env.CARDINAL_RUNS ?? 2000);
/** Formatted diagnostics may be at most this many times the input, plus a constant. */
const outputFactor = 60;
/** Time one input may take: generous, as the test machine is shared; a hang or a quadratic blow-up exceeds it. */
const allowedMs = (length: number) => 2_000 + length / 50;

/** What went wrong with one input, or undefined. */
function problemWith(text: string): string | undefined {
  const started = performance.now();
  let output: string;
  try {
    const result = parseSchema(text);
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const { code, range } of result.diagnostics) {
      if (!Object.hasOwn(diagnosticCodes, code)) return `unknown code ${code}`;
      if (range.start.line < 0 || range.end.line >= lineCount) return `${code} outside the file`;
    }
    output = formatDiagnostics(result.diagnostics, { sources: { "schema.prisma": text } });
  } catch (error) {
    return `threw ${String(error)}`;
  }
  const elapsed = performance.now() - started;
  if (elapsed > allowedMs(text.length)) return `took ${elapsed.toFixed(0)} ms`;
  if (output.length > outputFactor * text.length + 20_000) return `printed ${output.length} characters`;
  return undefined;
}

describe("parseSchema() under fuzzing", () => {
  it(`never throws, hangs or prints more than ${outputFactor}× its input, for ${runs} generated schemas`, () => {
    const seed = randomSeed();
    console.log(`fuzz: seed ${seed}, ${runs} runs (replay with CARDINAL_SEED=${seed}, scale with CARDINAL_RUNS)`);
    const failures: string[] = [];
    for (let i = 0; i < runs && failures.length < 5; i++) {
      const inputSeed = (seed + i) >>> 0;
      const text = fuzzSchema(createRandom(inputSeed));
      const problem = problemWith(text);
      if (problem) failures.push(`input seed ${inputSeed} (${text.length} characters): ${problem}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("generates the same schema from the same seed, and different ones from different seeds", () => {
    const texts = Array.from({ length: 20 }, (_, seed) => fuzzSchema(createRandom(seed)));
    expect(fuzzSchema(createRandom(2))).toBe(texts[2]);
    expect(new Set(texts).size).toBeGreaterThan(15);
  });
});
