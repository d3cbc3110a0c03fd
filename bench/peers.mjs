#!/usr/bin/env node
// Benchmark (issue 15, "Performance"): Cardinal side by side with Prisma and the Prisma generators people use for
// the same outputs, on the generated schemas of bench/generate-schema.mjs, all in this one process tree. Prints
// ratios (Cardinal / the fastest peer on the same work, same run) with the issue's targets, and writes
// bench/results/peers.md and the README section between the bench:peers markers. `npm run bench:peers`.
// Environment: BENCH_SIZES (default 100,1000,5000), BENCH_CARDINAL_SIZES (Cardinal alone, default 10000),
// BENCH_RUNS (cold processes per median, default 3; prisma generate runs once from 5,000 models), BENCH_TSC_RUNS
// (tsc processes per median, default BENCH_RUNS), BENCH_DETAIL_SIZE (the size of the tsc and watch runs, 1000),
// BENCH_SLOW_PEERS=1 (run prisma-zod-generator from 1,000 models too).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { cardinalCommands, timeGen } from "./peers/cardinal.mjs";
import { detailsTable } from "./peers/details.mjs";
import { timePrismaDdl, timePrismaValidate } from "./peers/prisma-engines.mjs";
import { ensureClientJs, peers, timePeer } from "./peers/prisma-peers.mjs";
import { makeFolderProject, makeProjects, workRoot } from "./peers/projects.mjs";
import { coldComparisons, linearity, ratioTable, tscComparisons, watchComparison } from "./peers/ratios.mjs";
import { timeTsc } from "./peers/tsc.mjs";
import { timeWatchEdits } from "./peers/watch.mjs";
import { writeReport } from "./report.mjs";

process.env.PUPPETEER_SKIP_DOWNLOAD = "1";
const list = (value) => value.split(",").filter(Boolean).map(Number);
const sizes = list(process.env.BENCH_SIZES ?? "100,1000,5000");
const cardinalSizes = list(process.env.BENCH_CARDINAL_SIZES ?? "10000");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const tscRuns = Number(process.env.BENCH_TSC_RUNS ?? runs);
const detailSize = Number(process.env.BENCH_DETAIL_SIZE ?? 1000);
const ms = (m) => (m === undefined ? "—" : `${m.ms.toFixed(0)} ms`);

/** What a failed run died of, in a few words: V8 out of heap or stack, else the first error line that says something. */
function failureReason(text) {
  if (/heap out of memory|allocation failure|Mark-Compact/.test(text)) return "failed: out of memory (V8 heap)";
  if (/Maximum call stack size exceeded/.test(text)) return "failed: Maximum call stack size exceeded";
  const lines = text.split("\n").map((line) => line.trim());
  return lines.find((line) => /error/i.test(line) && !/^error:?$/i.test(line)) ?? "failed";
}

/** Runs a measurement; a failure is recorded (and printed) instead of stopping the benchmark. */
function attempt(label, fn) {
  try {
    const result = fn();
    console.log(`  ${label}: ${ms(result)}${result.rssMb ? `, ${result.rssMb.toFixed(0)} MB` : ""}`);
    return result;
  } catch (error) {
    const reason = failureReason(String(error.message ?? error));
    console.log(`  ${label}: FAILED — ${String(error.message ?? error).slice(0, 600)}`);
    return { error: reason.trim().slice(0, 120) };
  }
}

function measureCardinal(project, n) {
  const cardinal = {};
  for (const { kind, args } of cardinalCommands)
    cardinal[kind] = attempt(`Cardinal gen ${args.join(" ") || "(all four)"}`, () => timeGen(project, args, n));
  return cardinal;
}

const measured = [];
for (const size of sizes) {
  console.log(`${size.toLocaleString("en")} models`);
  const p = makeProjects(size);
  const schemaFile = join(p.cardinal, "schema.prisma");
  const cardinal = measureCardinal(p.cardinal, runs);
  const prisma = {
    validate: attempt("Prisma wasm validate", () => timePrismaValidate(schemaFile, runs)),
    ddl: attempt("Prisma schema engine diff", () => timePrismaDdl(schemaFile, join(p.dir, "prisma.sql"), runs)),
  };
  // `prisma generate` runs once from 5,000 models. prisma-zod-generator ran over 20 minutes at 1,000 models without
  // writing a file, so from 1,000 it runs only with BENCH_SLOW_PEERS=1 (once).
  const peerRuns = (peer) => (size >= 5000 || (peer.slow && size >= 1000) ? 1 : runs);
  const skipped = (peer) => peer.slow && size >= 1000 && process.env.BENCH_SLOW_PEERS !== "1";
  const peerResults = peers.map((peer) => ({
    name: peer.name,
    kind: peer.kind,
    ...(skipped(peer)
      ? { error: "skipped from 1,000 models (BENCH_SLOW_PEERS=1 runs it)" }
      : attempt(`prisma generate: ${peer.name}`, () => timePeer(peer, p.prisma, p.schema619, peerRuns(peer)))),
  }));
  measured.push({ size, dir: p, cardinal, prisma, peers: peerResults });
}

const alone = [];
for (const size of cardinalSizes) {
  console.log(`${size.toLocaleString("en")} models, Cardinal alone`);
  const p = makeProjects(size);
  alone.push({ size, validate: attempt("Cardinal gen validate", () => timeGen(p.cardinal, ["validate"], runs)) });
}

const rows = measured.flatMap(coldComparisons);
const base = measured.find((m) => m.size === 1000);
for (const a of alone)
  if (base?.cardinal.validate.ms && a.validate.ms)
    rows.push(linearity({ size: 1000, ms: base.cardinal.validate.ms }, { size: a.size, ms: a.validate.ms }));

let tsc;
let watch;
const detail = measured.find((m) => m.size === detailSize);
if (detail) {
  console.log(`tsc --noEmit --strict, ${detailSize.toLocaleString("en")} models`);
  const out = (path) => join(detail.dir.prisma, path);
  attempt("Cardinal gen (outputs for tsc)", () => timeGen(detail.dir.cardinal, [], 1));
  const generated = (path) => join(detail.dir.cardinal, "generated", path);
  tsc = {
    size: detailSize,
    cardinalTypes: attempt("tsc Cardinal types", () => timeTsc(generated("types"), { runs: tscRuns })),
    cardinalZod: attempt("tsc Cardinal zod", () => timeTsc(generated("zod"), { runs: tscRuns })),
    prismaClient: attempt("tsc Prisma Client", () => timeTsc(out("out/client"), { runs: tscRuns, nodeTypes: true })),
    zodPrismaTypes: attempt("tsc zod-prisma-types", () => {
      ensureClientJs(detail.dir.prisma, detail.dir.schema619);
      return timeTsc(out("out/zpt"), { runs: tscRuns, paths: { "@prisma/client": [out("out/clientjs/index.d.ts")] } });
    }),
  };
  rows.push(...tscComparisons(detailSize, tsc));
  console.log(`gen watch, ${detailSize.toLocaleString("en")} models`);
  try {
    // Several edits (at least five, on models spread over the schema); their median is compared.
    const edits = Math.max(runs, 5);
    const models = Array.from({ length: edits }, (_, k) => Math.floor(((k + 1) * detailSize) / (edits + 1)));
    watch = { size: detailSize, ...(await timeWatchEdits(detail.dir.cardinal, models)) };
    console.log(
      `  one model edited: ${watch.ms.toFixed(0)} ms (median of ${watch.samples.map((ms) => ms.toFixed(0)).join(", ")})`,
    );
    if (detail.cardinal.all.ms) rows.push(watchComparison(detailSize, watch.ms, detail.cardinal.all));
    // The same edits on the same schema split into 20 files, as large schemas usually are: only the edited file is
    // parsed again. Reported beside the row, which stays the one-file case.
    const folder = makeFolderProject(detail.dir.dir, detail.dir.schema);
    watch.folder = await timeWatchEdits(folder, models, { schema: "schema" });
    console.log(`  the schema as 20 files: ${watch.folder.ms.toFixed(0)} ms`);
  } catch (error) {
    console.log(`  FAILED — ${error.message}`);
  }
}
rmSync(workRoot, { recursive: true, force: true });

const table = ratioTable(rows);
console.log(`\n${table}\n`);
const details = detailsTable(measured, alone, tsc, watch);
const floor = measured
  .map((m) => `${ms(m.peers.find((p) => p.kind === "floor"))} at ${m.size.toLocaleString("en")}`)
  .join(", ");
const note = [
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench:peers\` (bench/peers.mjs); ratios are Cardinal / the compared tool, medians of ${runs} cold processes (\`prisma generate\` once from 5,000 models, prisma-zod-generator only below 1,000 unless BENCH_SLOW_PEERS=1; \`tsc\` ${tscRuns}), process start included, all in one run.`,
  "Cardinal is the built `gen` (a config with the four generators, PostgreSQL). Prisma's validator and schema engine are their wasm builds loaded by a fresh `node` (the schema engine's diff from empty is what `prisma migrate diff --from-empty` prints). Each peer runs alone as a generator of `prisma generate` 6.19.3, offline (TESTING.md); prisma-zod-generator refuses to run without a Prisma Client generator, so its time includes prisma-client-js. zod-prisma-types runs with `createInputTypes = false` (model schemas only, the same kind of output as Cardinal's zod); prisma-erd-generator writes a Markdown Mermaid file (no browser).",
  `The Prisma CLI alone (a no-op generator) takes ${floor}: every peer pays it. \`tsc\` rows compare the generated \`.ts\` of each tool with the same strict options and \`skipLibCheck\`; Prisma Client is its \`prisma-client\` generator's TypeScript output (checked like Cardinal's; \`prisma-client-js\` ships a \`.d.ts\` that \`skipLibCheck\` would not check at all). Memory is peak RSS (GNU time). "linear" is Cardinal's validate time per model against 1,000 models (the issue says "linear"; the 1.25 limit is the bench's reading).`,
].join(" ");
writeReport("peers", `${table}\n\n${details}`, note);
