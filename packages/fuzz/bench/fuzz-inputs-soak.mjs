#!/usr/bin/env node
// The outputs of the core fuzz soak's inputs: node bench/fuzz-inputs-soak.mjs --runs 100000 --seed 20261201
// Draws the same inputs as ../../bench/fuzz-soak.mjs (fuzzSchema(createRandom(seed + i)), mostly broken or hostile
// text), keeps those parseSchema accepts, and checks every generator's output for them like the outputs fuzz suite:
// tsc (strictest options, NodeNext), zod imports (a sample), PGlite, sql.js and Mermaid's parser. The core soak
// covers throws and hangs of the same inputs; this covers what their valid outputs do. --from/--to shard the inputs.
import { parseArgs } from "node:util";
import { createJiti } from "jiti";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "100000" },
    seed: { type: "string", default: "20261201" },
    from: { type: "string", default: "0" },
    to: { type: "string" },
    batch: { type: "string", default: "500" },
    zod: { type: "string", default: "50" },
    "max-failures": { type: "string", default: "10" },
  },
});
const seed = Number.parseInt(values.seed, 10);
const from = Number(values.from);
const to = Number(values.to ?? values.runs);
const jiti = createJiti(import.meta.url);
const { checkOutputs, formatFailure } = await jiti.import("../src/run-fuzz.ts");
const { createRandom, fuzzSchema } = await import("@cardinal/testing");
const { parseSchema } = await import("@cardinal/core");

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const schemas = [];
const inputSeeds = [];
for (let index = from; index < to; index++) {
  const inputSeed = (seed + index) >>> 0;
  const text = fuzzSchema(createRandom(inputSeed));
  if (parseSchema(text).valid) {
    schemas.push(text);
    inputSeeds.push(inputSeed);
  }
}
console.log(`fuzz-inputs-soak: seed ${seed}, inputs ${from}..${to - 1}: ${schemas.length} valid (${elapsed()})`);
const report = await checkOutputs(schemas, {
  seed,
  tscBatch: Number(values.batch),
  zodImports: Number(values.zod),
  log: (line) => console.log(`[${elapsed()}] ${line}`),
});
for (const failure of report.failures.slice(0, Number(values["max-failures"])))
  console.log(`\n(input seed ${inputSeeds[failure.index]}) ${formatFailure(failure)}`);
console.log(
  `\nfuzz-inputs-soak: seed ${seed}, inputs ${from}..${to - 1}: ${report.valid} valid;` +
    ` executed ${report.executed.postgresql} PostgreSQL and ${report.executed.sqlite} SQLite DDLs` +
    ` (refused as expected: ${report.refused.postgresql} PostgreSQL, ${report.refused.sqlite} SQLite, ${report.refused.mysql} MySQL),` +
    ` parsed ${report.executed.mermaid} Mermaid diagrams; slowest generation ${report.slowestMs.toFixed(1)} ms;` +
    ` failures ${JSON.stringify(report.counts)}; ${elapsed()}`,
);
process.exitCode = report.failures.length > 0 ? 1 : 0;
