#!/usr/bin/env node
// Benchmark: Cardinal's parseSchema (parse + validate + relation model) beside Prisma's wasm validator, on the
// same generated schemas of 100, 1,000 and 5,000 models. Warm: median of in-process runs after warm-up.
// Cold: wall time of a fresh Node process that loads the library and validates once (median of 5).
// Writes bench/results/core.md and the README section between the bench:core markers.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchema } from "./generate-schema.mjs";
import { median, writeReport } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const require = createRequire(join(root, "packages/testing/package.json"));
const prismaPath = require.resolve("@prisma/prisma-schema-wasm");
const corePath = join(root, "packages/core/dist/index.js");
const sizes = (process.env.BENCH_SIZES ?? "100,1000,5000").split(",").map(Number);

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function warm(schema) {
  const { parseSchema } = await import(corePath);
  const prisma = require(prismaPath);
  const validatePrisma = () => prisma.validate(JSON.stringify({ prismaSchema: schema, noColor: true }));
  // Warm up each for about a second (JIT for Cardinal, wasm tiering for Prisma), then measure at least 9 runs.
  for (const fn of [() => parseSchema(schema), validatePrisma]) {
    const until = performance.now() + 1000;
    while (performance.now() < until) fn();
  }
  if (!parseSchema(schema).valid) throw new Error("benchmark schema is invalid for Cardinal");
  const runs = Math.max(
    9,
    Math.min(
      50,
      Math.round(
        2000 /
          Math.max(
            1,
            time(() => parseSchema(schema)),
          ),
      ),
    ),
  );
  const cardinal = median(Array.from({ length: runs }, () => time(() => parseSchema(schema))));
  const prismaMs = median(Array.from({ length: runs }, () => time(validatePrisma)));
  return { cardinal, prisma: prismaMs };
}

function cold(schemaFile, which) {
  const script =
    which === "cardinal"
      ? `const { parseSchema } = await import(${JSON.stringify(corePath)}); const t = performance.now(); parseSchema(require("node:fs").readFileSync(${JSON.stringify(schemaFile)}, "utf8"));`
      : `const p = require(${JSON.stringify(prismaPath)}); p.validate(JSON.stringify({ prismaSchema: require("node:fs").readFileSync(${JSON.stringify(schemaFile)}, "utf8"), noColor: true }));`;
  const wrapped = `const { createRequire } = await import("node:module"); const require = createRequire(import.meta.url); ${script}`;
  const samples = Array.from({ length: 5 }, () =>
    time(() => execFileSync(process.execPath, ["--input-type=module", "-e", wrapped], { stdio: "inherit" })),
  );
  return median(samples);
}

const rows = [];
mkdirSync(join(here, "results"), { recursive: true });
for (const size of sizes) {
  const schema = generateSchema(size);
  const file = join(here, "results", `schema-${size}.tmp`);
  writeFileSync(file, schema);
  const w = await warm(schema);
  const c = { cardinal: cold(file, "cardinal"), prisma: cold(file, "prisma") };
  rows.push({ size, lines: schema.split("\n").length, w, c });
  console.log(
    `${size} models: warm cardinal ${w.cardinal.toFixed(1)} ms, prisma ${w.prisma.toFixed(1)} ms; cold cardinal ${c.cardinal.toFixed(0)} ms, prisma ${c.prisma.toFixed(0)} ms`,
  );
}

const f = (n) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const table = [
  "| models (lines) | Cardinal warm | Prisma warm | speed-up | Cardinal cold process | Prisma cold process |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    ({ size, lines, w, c }) =>
      `| ${size.toLocaleString("en")} (${lines.toLocaleString("en")}) | ${f(w.cardinal)} ms | ${f(w.prisma)} ms | ${(w.prisma / w.cardinal).toFixed(2)}× | ${f(c.cardinal)} ms | ${f(c.prisma)} ms |`,
  ),
].join("\n");
const note = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/core.mjs). Warm: median of in-process runs after warm-up; cold: a fresh \`node\` process that loads the library and validates once (median of 5), process start included.`;
writeReport("core", table, note);
