#!/usr/bin/env node
// `npm run example`: runs the built `gen` on the bundled example (examples/blog, configured by its
// cardinal.config.json) and prints what it produced: the validation result, the relation summary and the files.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatRelationSummary, parseSchema } from "@cardinal/core";

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

// The README shows the example's diagram: keep that block equal to the generated one.
const readmePath = join(root, "README.md");
const diagram = readFileSync(join(example, "generated/mermaid/schema.mmd"), "utf8");
const readme = readFileSync(readmePath, "utf8");
const marked = /<!-- example:mermaid:start -->[\s\S]*<!-- example:mermaid:end -->/;
const updated = readme.replace(
  marked,
  `<!-- example:mermaid:start -->\n\`\`\`mermaid\n${diagram}\`\`\`\n<!-- example:mermaid:end -->`,
);
if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log("README.md: example diagram updated");
}
