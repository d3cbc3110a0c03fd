import { randomSeed } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { formatFailure, runFuzz } from "./run-fuzz.js";

const runs = Number(process.env.CARDINAL_RUNS ?? 150);

describe("every generator's output on random valid schemas", () => {
  it(
    `${runs} valid schemas: no generator error; tsc, zod imports, PGlite, sql.js and Mermaid's parser accept the output`,
    async () => {
      const seed = randomSeed();
      console.log(`outputs fuzz: seed ${seed} (replay with CARDINAL_SEED=${seed} CARDINAL_RUNS=${runs})`);
      const report = await runFuzz({ seed, runs, tscBatch: runs, zodImports: 20 });
      const rate = report.valid / report.generated;
      console.log(
        `outputs fuzz: ${report.valid} valid of ${report.generated} generated (${(rate * 100).toFixed(0)}%);` +
          ` executed ${report.executed.postgresql} PostgreSQL and ${report.executed.sqlite} SQLite DDLs` +
          ` (refused as expected: ${report.refused.postgresql} PostgreSQL, ${report.refused.sqlite} SQLite, ${report.refused.mysql} MySQL),` +
          ` parsed ${report.executed.mermaid} diagrams; failures ${JSON.stringify(report.counts)}`,
      );
      expect(report.valid).toBe(runs);
      // A generator of mostly invalid schemas would check little.
      expect(rate).toBeGreaterThan(0.3);
      expect(report.executed.postgresql).toBeGreaterThan(0);
      expect(report.executed.sqlite).toBeGreaterThan(0);
      expect(report.failures.map(formatFailure).join("\n\n")).toBe("");
    },
    /* tsc on the whole batch, PGlite, one Node process per zod import */ 120_000 + runs * 1_000,
  );
});
