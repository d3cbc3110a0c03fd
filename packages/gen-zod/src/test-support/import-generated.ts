import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { GeneratedFile } from "@cardinal/core";
import { type ImportReport, importGenerated as importWithZod } from "@cardinal/testing";

const zodDir = dirname(realpathSync(createRequire(import.meta.url).resolve("zod/package.json")));

/** Imports the generated zod files (`index.ts`) with this package's zod in a fresh Node process; see @cardinal/testing. */
export const importGenerated = (files: readonly GeneratedFile[]): ImportReport => importWithZod(files, { zodDir });
