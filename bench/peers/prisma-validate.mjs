#!/usr/bin/env node
// One cold validation by Prisma's wasm validator (`@prisma/prisma-schema-wasm`, Prisma 7, a dev dependency of
// packages/testing), as bench/core.mjs loads it: `node prisma-validate.mjs schema.prisma`. Exits 1 if invalid.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(join(import.meta.dirname, "../../packages/testing/package.json"));
const prisma = require("@prisma/prisma-schema-wasm");
prisma.validate(JSON.stringify({ prismaSchema: readFileSync(process.argv[2], "utf8"), noColor: true }));
