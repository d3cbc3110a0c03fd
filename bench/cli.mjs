#!/usr/bin/env node
// Benchmark: wall time of a cold `gen` process (all generators) on the bundled example and on a 1,000-model schema.
// Target: the example under one second. Writes bench/results/cli.md and the README section between bench:cli markers.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchema } from "./generate-schema.mjs";
import { median, writeReport } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const gen = join(root, "packages/cli/dist/bin.js");

function coldRuns(cwd, runs, prepare) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    const start = performance.now();
    execFileSync(process.execPath, [gen, "--quiet"], { cwd, stdio: "inherit" });
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const exampleDir = mkdtempSync(join(tmpdir(), "cardinal-bench-cli-"));
cpSync(join(root, "examples/blog/schema.prisma"), join(exampleDir, "schema.prisma"));
cpSync(join(root, "examples/blog/cardinal.config.json"), join(exampleDir, "cardinal.config.json"));
const example = coldRuns(exampleDir, 7, () => rmSync(join(exampleDir, "generated"), { recursive: true, force: true }));
const exampleUnchanged = coldRuns(exampleDir, 7, () => {});

const bigDir = mkdtempSync(join(tmpdir(), "cardinal-bench-cli-"));
mkdirSync(join(bigDir, "prisma"));
writeFileSync(join(bigDir, "prisma/schema.prisma"), generateSchema(1000));
const big = coldRuns(bigDir, 3, () => rmSync(join(bigDir, "generated"), { recursive: true, force: true }));
rmSync(exampleDir, { recursive: true, force: true });
rmSync(bigDir, { recursive: true, force: true });
console.log(
  `gen cold: example ${example.toFixed(0)} ms (unchanged output ${exampleUnchanged.toFixed(0)} ms), 1,000 models ${big.toFixed(0)} ms`,
);

const table = [
  "| schema | cold `gen`, all generators, fresh output | cold `gen`, output already up to date |",
  "| --- | ---: | ---: |",
  `| the bundled example (6 models) | ${example.toFixed(0)} ms | ${exampleUnchanged.toFixed(0)} ms |`,
  `| 1,000 models | ${big.toFixed(0)} ms | — |`,
].join("\n");
const note = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/cli.mjs); whole process wall time, median.`;
writeReport("cli", table, note);
