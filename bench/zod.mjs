#!/usr/bin/env node
// Benchmark: zod generation for 1,000 models and `tsc --noEmit --strict` of the output against the real zod
// (bench:zod). zod-prisma-types and prisma-zod-generator cannot run here (they need `prisma generate`, which
// downloads a native engine), so the comparison is with Cardinal's own earlier figures.
import { join } from "node:path";
import { benchTypeScriptOutput } from "./typescript-output.mjs";

const { generateZod } = await import(join(import.meta.dirname, "../packages/gen-zod/dist/index.js"));
await benchTypeScriptOutput({
  name: "zod",
  label: "generateZod",
  packageDir: "packages/gen-zod",
  generate: generateZod,
  dependencies: ["zod"],
  note: "zod 4.6.7.",
});
