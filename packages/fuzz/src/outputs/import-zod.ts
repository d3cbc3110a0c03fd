import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { GeneratedFile } from "@cardinal/core";
import { importGenerated } from "@cardinal/testing";

const zodDir = dirname(realpathSync(createRequire(import.meta.url).resolve("zod/package.json")));

/**
 * Imports generated zod modules (`index.ts`) in a fresh Node process with the real zod, runs `safeParse` of every
 * exported schema on a few probes and returns the problems: globals or `Object.prototype` keys the import added, or
 * the import's error.
 */
export function importZodModules(files: readonly GeneratedFile[]): string[] {
  try {
    const report = importGenerated(files, { zodDir });
    return [
      ...report.addedGlobals.map((key) => `import set global ${key}`),
      ...report.addedPrototypeKeys.map((key) => `import set global Object.prototype.${key}`),
    ];
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    return [`import failed: ${stderr.trim().split("\n").slice(0, 8).join("\n") || String(error)}`];
  }
}
