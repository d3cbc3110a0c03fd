#!/usr/bin/env node
// Benchmark: Mermaid generation for 1,000 models (split automatically under Mermaid's 50,000-character limit),
// and the time Mermaid's own parser takes to read the result. Median after warm-up.
// Writes bench/results/mermaid.md and the README section between the bench:mermaid markers.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchema } from "./generate-schema.mjs";
import { median, writeReport } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const { parseSchema } = await import(join(root, "packages/core/dist/index.js"));
const { generateMermaid } = await import(join(root, "packages/gen-mermaid/dist/index.js"));
const require = createRequire(join(root, "packages/testing/package.json"));
const mermaid = (await import(require.resolve("mermaid"))).default;
mermaid.initialize({ startOnLoad: false, maxTextSize: 1_000_000 });

async function measure(fn, runs) {
  const until = performance.now() + 1000;
  while (performance.now() < until) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const size = Number(process.env.BENCH_SIZES?.split(",")[0] ?? 1000);
const { model } = parseSchema(generateSchema(size));
const files = generateMermaid(model).files.filter((f) => f.path.endsWith(".mmd"));
const characters = files.reduce((sum, f) => sum + f.content.length, 0);
const generate = await measure(() => generateMermaid(model), 15);
const parse = await measure(async () => {
  for (const file of files) await mermaid.mermaidAPI.getDiagramFromText(file.content);
}, 7);
console.log(
  `${size} models: ${files.length} diagrams, ${characters} characters; generate ${generate.toFixed(1)} ms, Mermaid parse ${parse.toFixed(1)} ms`,
);

const table = [
  "| models | diagrams (auto split) | characters | Cardinal `generateMermaid` | Mermaid's parser, all diagrams |",
  "| --- | ---: | ---: | ---: | ---: |",
  `| ${size.toLocaleString("en")} | ${files.length} | ${characters.toLocaleString("en")} | ${generate.toFixed(1)} ms | ${parse.toFixed(0)} ms |`,
].join("\n");
const note = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/mermaid.mjs), mermaid 11.17, median after warm-up.`;
writeReport("mermaid", table, note);
