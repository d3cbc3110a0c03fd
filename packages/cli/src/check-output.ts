import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratorOutput } from "./generate.js";
import { normalizeForComparison } from "./normalize.js";
import { leftovers, plannedFiles, readManifest } from "./write-output.js";

/** How the files on disk differ from what would be generated. */
export interface CheckReport {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

/**
 * Compares generated files with the disk, ignoring formatting: stale (content differs), missing (not written),
 * extra (written earlier by Cardinal, no longer generated).
 */
export function checkOutputs(outputRoot: string, outputs: readonly GeneratorOutput[]): CheckReport {
  const planned = plannedFiles(outputRoot, outputs);
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of planned) {
    const target = join(outputRoot, file.path);
    if (!existsSync(target)) missing.push(file.path);
    else if (
      normalizeForComparison(file.path, readFileSync(target, "utf8")) !==
      normalizeForComparison(file.path, file.content)
    )
      stale.push(file.path);
  }
  const current = new Set(planned.map((file) => file.path));
  const extra = leftovers(readManifest(outputRoot), outputs, current)
    .map((file) => file.path)
    .filter((path) => existsSync(join(outputRoot, path)));
  return { stale, missing, extra };
}
