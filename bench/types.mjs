#!/usr/bin/env node
// Benchmark: TypeScript generation for 1,000 models and `tsc --noEmit --strict` of the output (bench:types).
import { join } from "node:path";
import { benchTypeScriptOutput } from "./typescript-output.mjs";

const { generateTypes } = await import(join(import.meta.dirname, "../packages/gen-types/dist/index.js"));
await benchTypeScriptOutput({
  name: "types",
  label: "generateTypes",
  packageDir: "packages/gen-types",
  generate: generateTypes,
});
