import { loadValidCorpus, randomSeed, unionVerdict } from "@cardinal/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSchema } from "./parse-schema.js";
import { mutatedSchemaArbitrary } from "./test-support/schema-mutations.js";

const runs = Number(process.env.CARDINAL_RUNS ?? 1500);
const seeds = loadValidCorpus().map((schema) => schema.content);

describe("parseSchema() on mutated corpus schemas", () => {
  it(
    `agrees with the union of Prisma 6.19 and 7 on ${runs} random edits of valid schemas`,
    () => {
      const seed = randomSeed();
      let crashes = 0;
      let invalid = 0;
      fc.assert(
        fc.property(mutatedSchemaArbitrary(seeds), (schema) => {
          const prisma = unionVerdict(schema);
          // Prisma's wasm panics on a few inputs (e.g. lone UTF-16 surrogates): there is no verdict to compare with.
          if (prisma.crashed) {
            crashes++;
            return;
          }
          if (!prisma.valid) invalid++;
          const cardinal = parseSchema(schema);
          const context = {
            schema,
            prisma: prisma.errors.map((e) => e.text),
            cardinal: cardinal.diagnostics.map((d) => `${d.code} ${d.message}`),
          };
          expect({ valid: cardinal.valid, context }).toEqual({ valid: prisma.valid, context });
        }),
        { seed, numRuns: runs },
      );
      console.log(
        `mutations: seed ${seed}: ${runs - crashes}/${runs - crashes} agree (${invalid} invalid); Prisma panicked on ${crashes}`,
      );
    },
    /* two validators per run: room for slow machines */ Math.max(60_000, runs * 30),
  );
});
