// Prisma's wasm validator and wasm schema engine, each as a cold Node process on the same schema as Cardinal.
import { join } from "node:path";
import { coldMedian } from "./measure.mjs";

/** Median of `runs` cold validations by `@prisma/prisma-schema-wasm` (Prisma 7). */
export function timePrismaValidate(schemaFile, runs) {
  return coldMedian(runs, undefined, process.execPath, [join(import.meta.dirname, "prisma-validate.mjs"), schemaFile]);
}

/** Median of `runs` cold "diff from empty" DDL runs of `@prisma/schema-engine-wasm` (PostgreSQL). */
export function timePrismaDdl(schemaFile, outFile, runs) {
  const script = join(import.meta.dirname, "prisma-ddl.mjs");
  return coldMedian(runs, undefined, process.execPath, [script, schemaFile, outFile]);
}
