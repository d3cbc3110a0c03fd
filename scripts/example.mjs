#!/usr/bin/env node
// `npm run example`: runs the built `gen` on the bundled example (examples/blog, configured by its
// cardinal.config.json) and prints what it produced: the validation result, the relation summary and the files.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatRelationSummary, parseSchema } from "@cardinal/core";
import { embedMermaid } from "@cardinal/gen-mermaid";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const example = join(root, "examples/blog");
const gen = join(root, "packages/cli/dist/bin.js");

const run = (...args) => spawnSync(process.execPath, [gen, ...args], { cwd: example, stdio: "inherit" }).status ?? 1;

if (run("validate") !== 0) process.exit(1);
const { model } = parseSchema(readFileSync(join(example, "schema.prisma"), "utf8"));
console.log(formatRelationSummary(model));
console.log("\n$ gen   (in examples/blog)");
const code = run();
if (code !== 0) process.exit(code);

// The README shows the example's diagram between <!-- cardinal:mermaid:start/end --> markers, kept by the same
// embedding `gen --docs` uses (the README is outside the example's project, so it is done here), with the example's
// mermaid options.
const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const config = JSON.parse(readFileSync(join(example, "cardinal.config.json"), "utf8"));
const { output: _output, ...mermaidOptions } = config.generators.mermaid;
const embedded = embedMermaid(readme, model, mermaidOptions);
if (embedded.errors.length > 0) {
  for (const e of embedded.errors) console.error(`README.md:${e.line}:${e.column}: ${e.message}`);
  process.exit(1);
}
if (embedded.content !== readme) {
  writeFileSync(readmePath, embedded.content);
  console.log("README.md: example diagram updated");
}
