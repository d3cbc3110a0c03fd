#!/usr/bin/env node
// `npm run example`: runs Cardinal on the bundled example and prints what it produced:
// the validation result, the relation summary, and the generated files (written to examples/blog/generated/).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostics, formatRelationSummary, parseSchema } from "@cardinal/core";
import { generateMermaid } from "@cardinal/gen-mermaid";
import { generateSql } from "@cardinal/gen-sql";
import { generateTypes } from "@cardinal/gen-types";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = join(root, "examples/blog/schema.prisma");
const outputDir = join(root, "examples/blog/generated");
const path = relative(root, schemaPath);
const content = readFileSync(schemaPath, "utf8");
const result = parseSchema([{ path, content }]);

if (result.diagnostics.length > 0) {
  console.log(formatDiagnostics(result.diagnostics, { sources: { [path]: content }, color: process.stdout.isTTY }));
}
if (!result.valid) {
  console.log(`\n${path}: invalid (${result.diagnostics.filter((d) => d.severity === "error").length} errors)`);
  process.exit(1);
}
console.log(`${path}: valid`);
console.log(formatRelationSummary(result.model));

const generators = [
  ["types", generateTypes(result.model)],
  ["sql", generateSql(result.model, { dialects: ["postgresql", "mysql", "sqlite"] })],
  ["mermaid", generateMermaid(result.model, { title: "Blog example" })],
];
console.log("\nGenerated:");
for (const [folder, output] of generators) {
  for (const file of output.files) {
    const target = join(outputDir, folder, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    console.log(`  ${relative(root, target)} (${file.content.split("\n").length - 1} lines)`);
  }
}

// The README shows the example's diagram: keep that block equal to the generated one.
const readmePath = join(root, "README.md");
const diagram = readFileSync(join(outputDir, "mermaid/schema.mmd"), "utf8");
const readme = readFileSync(readmePath, "utf8");
const marked = /<!-- example:mermaid:start -->[\s\S]*<!-- example:mermaid:end -->/;
const updated = readme.replace(
  marked,
  `<!-- example:mermaid:start -->\n\`\`\`mermaid\n${diagram}\`\`\`\n<!-- example:mermaid:end -->`,
);
if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log("  README.md (example diagram)");
}
