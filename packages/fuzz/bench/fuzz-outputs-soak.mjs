#!/usr/bin/env node
// The output fuzz suite for a large N: node bench/fuzz-outputs-soak.mjs --runs 2000 --seed 42 [--batch 200] [--zod 50]
// Same checks as src/outputs.fuzz.test.ts, in chunks of one tsc batch (memory stays bounded). Prints counts, the
// slowest generation, failures and time. Two processes with different seeds use both cores.
import { parseArgs } from "node:util";
import { createJiti } from "jiti";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "2000" },
    seed: { type: "string" },
    batch: { type: "string", default: "200" },
    zod: { type: "string", default: "50" },
    "max-failures": { type: "string", default: "10" },
  },
});
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number.parseInt(values.seed, 10);
const runs = Number(values.runs);
const jiti = createJiti(import.meta.url);
const { formatFailure, runFuzz } = await jiti.import("../src/run-fuzz.ts");

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
console.log(`fuzz-outputs-soak: seed ${seed}, ${runs} valid schemas, tsc batches of ${values.batch}`);
const report = await runFuzz({
  seed,
  runs,
  tscBatch: Number(values.batch),
  zodImports: Number(values.zod),
  log: (line) => console.log(`[${elapsed()}] ${line}`),
});
for (const failure of report.failures.slice(0, Number(values["max-failures"])))
  console.log(`\n${formatFailure(failure)}`);
const rate = ((report.valid / report.generated) * 100).toFixed(1);
console.log(
  `\nfuzz-outputs-soak: seed ${seed}: ${report.valid} valid of ${report.generated} generated (${rate}%);` +
    ` executed ${report.executed.postgresql} PostgreSQL and ${report.executed.sqlite} SQLite DDLs` +
    ` (refused as expected: ${report.refused.postgresql} PostgreSQL, ${report.refused.sqlite} SQLite),` +
    ` parsed ${report.executed.mermaid} Mermaid diagrams; slowest generation ${report.slowestMs.toFixed(1)} ms;` +
    ` failures ${JSON.stringify(report.counts)}; ${elapsed()}`,
);
process.exitCode = report.failures.length > 0 ? 1 : 0;
