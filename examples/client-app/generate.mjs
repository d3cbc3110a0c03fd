// Writes the app's generated client and server (`generated/index.ts`, `generated/server.ts`) from schema.prisma
// with the built @cardinal/gen-types. Run `pnpm --filter @cardinal/example-client-app generate` after a change.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { generateTypes } from "@cardinal/gen-types";

/** The options the app generates with: one file for the browser, the server beside it. */
export const options = { layout: "single-file", server: true };

/** The generated files of the app's schema. */
export function generatedFiles() {
  const { model } = parseSchema(readFileSync(join(import.meta.dirname, "schema.prisma"), "utf8"));
  return generateTypes(model, options).files;
}

if (process.argv[1] === import.meta.filename) {
  for (const file of generatedFiles()) {
    mkdirSync(join(import.meta.dirname, "generated"), { recursive: true });
    writeFileSync(join(import.meta.dirname, "generated", file.path), file.content);
  }
}
