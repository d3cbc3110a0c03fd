#!/usr/bin/env node
// `npm run example`: runs Cardinal on the bundled example and prints what it produced.
// For now: the validation result and the relation summary (generators add their files as they land).
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostics, formatRelationSummary, parseSchema } from "@cardinal/core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = join(root, "examples/blog/schema.prisma");
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
