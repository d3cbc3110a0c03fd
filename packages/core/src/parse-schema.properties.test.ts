import { randomSeed, unionVerdict } from "@cardinal/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSchema } from "./parse-schema.js";
import { relationSchemaArbitrary } from "./test-support/relation-schema-arbitrary.js";

const runs = Number(process.env.CARDINAL_RUNS ?? 400);

describe("parseSchema() on random relation shapes", () => {
  it(
    `agrees with the union of Prisma 6.19 and 7 on ${runs} generated schemas`,
    () => {
      const seed = randomSeed();
      console.log(`relation shapes: seed ${seed} (replay with CARDINAL_SEED=${seed})`);
      let valid = 0;
      fc.assert(
        fc.property(relationSchemaArbitrary, (schema) => {
          const prisma = unionVerdict(schema);
          const cardinal = parseSchema(schema);
          if (prisma.valid) valid++;
          const context = {
            schema,
            prisma: prisma.errors.map((e) => e.text),
            cardinal: cardinal.diagnostics.map((d) => `${d.code} ${d.message}`),
          };
          expect({ valid: cardinal.valid, context }).toEqual({ valid: prisma.valid, context });
        }),
        { seed, numRuns: runs },
      );
      console.log(`relation shapes: ${runs}/${runs} agree (${valid} valid, ${runs - valid} invalid for both Prismas)`);
      // A generator that only produced invalid (or only valid) schemas would test little.
      expect(valid).toBeGreaterThan(runs * 0.15);
      expect(valid).toBeLessThan(runs * 0.85);
    },
    /* two validators per run: room for slow machines */ Math.max(60_000, runs * 40),
  );
});
