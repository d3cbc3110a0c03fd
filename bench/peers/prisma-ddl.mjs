#!/usr/bin/env node
// One cold "diff from empty" by Prisma's wasm schema engine, what `prisma migrate diff --from-empty --to-schema`
// prints: `node prisma-ddl.mjs schema.prisma out.sql`. Uses packages/testing's loader (built: its dist/).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const { prismaDdl } = await import(join(import.meta.dirname, "../../packages/testing/dist/prisma-schema-engine.js"));
writeFileSync(process.argv[3], await prismaDdl(readFileSync(process.argv[2], "utf8"), "postgresql"));
