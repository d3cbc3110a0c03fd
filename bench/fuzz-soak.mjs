#!/usr/bin/env node
// Fuzz soak: runs many generated schemas (packages/testing's fuzzSchema, seeded) through parseSchema and
// formatDiagnostics and, for the valid ones, through the four generators' pure functions (generateSql,
// generateTypes, generateZod, generateMermaid) when their packages are built. Prints throws, hangs, the slowest
// input and the seed. A worker does the work; the main thread restarts it past an input that hangs.
//   node bench/fuzz-soak.mjs                      100,000 inputs, fresh seed
//   CARDINAL_SEED=123 CARDINAL_RUNS=5000 node bench/fuzz-soak.mjs
//   node bench/fuzz-soak.mjs --hang-ms=30000   (an input taking longer is a hang)
// Needs `turbo run build` for @cardinal/testing and @cardinal/core (the generators are optional).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (pkg) => join(root, "packages", pkg, "dist/index.js");
const generatorPackages = [
  ["gen-sql", "generateSql"],
  ["gen-types", "generateTypes"],
  ["gen-zod", "generateZod"],
  ["gen-mermaid", "generateMermaid"],
];

if (isMainThread) await main();
else await work(workerData);

async function main() {
  for (const pkg of ["testing", "core"]) {
    if (!existsSync(dist(pkg))) throw new Error(`build @cardinal/${pkg} first (turbo run build)`);
  }
  const seed = Number(process.env.CARDINAL_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const runs = Number(process.env.CARDINAL_RUNS ?? 100_000);
  const hangMs = Number(process.argv.find((arg) => arg.startsWith("--hang-ms="))?.slice(10) ?? 30_000);
  const generators = generatorPackages.filter(([pkg]) => existsSync(dist(pkg)));
  console.log(`fuzz soak: seed ${seed}, ${runs.toLocaleString("en-US")} inputs, hang after ${hangMs} ms`);
  console.log(`stages: parseSchema + formatDiagnostics${generators.map(([, fn]) => `, ${fn}`).join("")}`);
  const totals = { inputs: 0, valid: 0, bytes: 0, throws: new Map(), hangs: [], slowest: { ms: 0 }, generated: 0 };
  const started = performance.now();
  let next = 0;
  while (next < runs) next = await runWorker({ seed, from: next, to: runs, generators }, hangMs, totals);
  report(totals, seed, (performance.now() - started) / 1000);
}

/** Runs inputs [from, to) in a worker; resolves with where to go on (past a hanging input, or `to`). */
function runWorker(data, hangMs, totals) {
  return new Promise((resolve) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: data });
    let current = data.from;
    let since = performance.now();
    const watchdog = setInterval(() => {
      if (performance.now() - since < hangMs) return;
      totals.hangs.push((data.seed + current) >>> 0);
      clearInterval(watchdog);
      worker.terminate().then(() => resolve(current + 1));
    }, 250);
    worker.on("message", (message) => {
      if (message.kind === "start") {
        current = message.index;
        since = performance.now();
        return;
      }
      record(totals, message);
      if (message.index + 1 >= data.to) {
        clearInterval(watchdog);
        worker.terminate().then(() => resolve(data.to));
      }
    });
    worker.on("error", (error) => {
      clearInterval(watchdog);
      addThrow(totals, "worker", (data.seed + current) >>> 0, error);
      resolve(current + 1);
    });
  });
}

function record(totals, result) {
  totals.inputs++;
  if (totals.inputs % 10_000 === 0) console.log(`  ${totals.inputs.toLocaleString("en-US")} inputs done`);
  totals.bytes += result.length;
  if (result.valid) totals.valid++;
  if (result.generated) totals.generated++;
  if (result.ms > totals.slowest.ms) totals.slowest = { ms: result.ms, seed: result.inputSeed, length: result.length };
  for (const [stage, message] of result.throws) addThrow(totals, stage, result.inputSeed, message);
}

function addThrow(totals, stage, inputSeed, message) {
  const list = totals.throws.get(stage) ?? [];
  list.push({ inputSeed, message: String(message).split("\n")[0].slice(0, 200) });
  totals.throws.set(stage, list);
}

function report(totals, seed, seconds) {
  const throwCount = [...totals.throws.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(`seed:          ${seed}`);
  console.log(`inputs:        ${totals.inputs.toLocaleString("en-US")} (${(totals.bytes / 1e6).toFixed(1)} MB)`);
  console.log(
    `valid:         ${totals.valid.toLocaleString("en-US")} (run through the generators: ${totals.generated})`,
  );
  console.log(`throws:        ${throwCount}`);
  for (const [stage, list] of totals.throws) {
    console.log(
      `  ${stage}: ${list.length}, e.g. ${list
        .slice(0, 3)
        .map((t) => `input seed ${t.inputSeed}: ${t.message}`)
        .join("; ")}`,
    );
  }
  console.log(
    `hangs:         ${totals.hangs.length}${totals.hangs.length ? ` (input seeds ${totals.hangs.slice(0, 10).join(", ")})` : ""}`,
  );
  const { ms, seed: slowSeed, length } = totals.slowest;
  console.log(`max time:      ${ms.toFixed(1)} ms (input seed ${slowSeed}, ${length} characters)`);
  console.log(`wall time:     ${seconds.toFixed(0)} s`);
  console.log("replay one input: createRandom(inputSeed) → fuzzSchema in @cardinal/testing");
  process.exitCode = throwCount + totals.hangs.length > 0 ? 1 : 0;
}

async function work({ seed, from, to, generators }) {
  const { createRandom, fuzzSchema } = await import(pathToFileURL(dist("testing")).href);
  const { parseSchema, formatDiagnostics } = await import(pathToFileURL(dist("core")).href);
  const generate = [];
  for (const [pkg, name] of generators) generate.push([name, (await import(pathToFileURL(dist(pkg)).href))[name]]);
  for (let index = from; index < to; index++) {
    parentPort.postMessage({ kind: "start", index });
    const inputSeed = (seed + index) >>> 0;
    const text = fuzzSchema(createRandom(inputSeed));
    const throws = [];
    const started = performance.now();
    let result;
    try {
      result = parseSchema(text);
      formatDiagnostics(result.diagnostics, { sources: { "schema.prisma": text } });
    } catch (error) {
      throws.push(["parseSchema", error]);
    }
    const generated = Boolean(result?.valid) && generate.length > 0;
    if (generated) {
      for (const [name, fn] of generate) {
        try {
          fn(result.model);
        } catch (error) {
          throws.push([name, error]);
        }
      }
    }
    const ms = performance.now() - started;
    const message = {
      kind: "done",
      index,
      inputSeed,
      length: text.length,
      valid: Boolean(result?.valid),
      generated,
      ms,
    };
    parentPort.postMessage({
      ...message,
      throws: throws.map(([stage, error]) => [stage, String(error?.stack ?? error)]),
    });
  }
}
