#!/usr/bin/env node
// Benchmark: Cardinal's SQL generation beside Prisma's schema engine (wasm, `migrate diff --from-empty`) on the
// same generated schemas of 1,000 and 5,000 models, PostgreSQL. Median of runs after warm-up.
// Writes bench/results/sql.md and the README section between the bench:sql markers.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchema } from "./generate-schema.mjs";
import { median, writeReport } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const { parseSchema } = await import(join(root, "packages/core/dist/index.js"));
const { generateSql } = await import(join(root, "packages/gen-sql/dist/index.js"));
const { prismaDdl } = await import(join(root, "packages/testing/dist/index.js"));
const sizes = (process.env.BENCH_SIZES ?? "1000,5000").split(",").map(Number);

async function timeAsync(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const rows = [];
for (const size of sizes) {
  const schema = generateSchema(size);
  const { model, valid } = parseSchema(schema);
  if (!valid) throw new Error("benchmark schema is invalid");
  const runs = size >= 5000 ? 7 : 15;
  // Warm up each for about a second (JIT for Cardinal, wasm tiering for Prisma) before measuring.
  for (const fn of [() => generateSql(parseSchema(schema).model), () => prismaDdl(schema, "postgresql")]) {
    const until = performance.now() + 1000;
    while (performance.now() < until) await fn();
  }
  const measure = async (fn) => {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await timeAsync(fn));
    return median(samples);
  };
  const generate = await measure(() => generateSql(model));
  const parseAndGenerate = await measure(() => generateSql(parseSchema(schema).model));
  const prismaMs = await measure(() => prismaDdl(schema, "postgresql"));
  const prisma = [prismaMs];
  rows.push({ size, generate, parseAndGenerate, prisma: median(prisma) });
  console.log(
    `${size} models: generateSql ${generate.toFixed(1)} ms, parse+generate ${parseAndGenerate.toFixed(1)} ms, Prisma schema engine ${median(prisma).toFixed(1)} ms`,
  );
}

const f = (n) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const table = [
  "| models | Cardinal `generateSql` | Cardinal parse + generate | Prisma schema engine (diff from empty) | speed-up (parse + generate) |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString("en")} | ${f(r.generate)} ms | ${f(r.parseAndGenerate)} ms | ${f(r.prisma)} ms | ${(r.prisma / r.parseAndGenerate).toFixed(1)}× |`,
  ),
].join("\n");
const note = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/sql.mjs), PostgreSQL dialect, median after warm-up.`;
writeReport("sql", table, note);
