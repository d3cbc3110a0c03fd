import type { GeneratorOutput } from "./generate.js";
import { readManifest } from "./manifest.js";
import { normalizeForComparison } from "./normalize.js";
import { type OutputLayout, shown } from "./output-location.js";
import { findLeftovers, unitsOf } from "./staging.js";
import { planFiles, plannedRemovals } from "./write-output.js";

/** How the files on disk differ from what would be generated. */
export interface CheckReport {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  /** What an interrupted run left (staging folders, temporary files), relative to the project. */
  readonly leftovers: readonly string[];
}

/**
 * Compares generated files with the disk, ignoring formatting: stale (content differs), missing (not written),
 * extra (written earlier by Cardinal, no longer generated), leftovers of an interrupted run. Reads only; never
 * follows a link.
 */
export function checkOutputs(
  layout: OutputLayout,
  outputs: readonly GeneratorOutput[],
  warn: (text: string) => void = () => {},
): CheckReport {
  const units = unitsOf(layout);
  const planned = planFiles(layout, units, outputs);
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of planned) {
    if (file.current === undefined) missing.push(file.path);
    else if (normalizeForComparison(file.path, file.current) !== normalizeForComparison(file.path, file.content))
      stale.push(file.path);
  }
  const previous = readManifest(layout.outputRoot);
  if (previous.warning) warn(previous.warning);
  const current = new Set(planned.map((file) => file.path));
  const extra = plannedRemovals(layout, units, previous.manifest, outputs, current, warn).map((f) => f.path);
  const leftovers = findLeftovers(units).map((path) => shown(layout.root, path));
  return { stale, missing, extra, leftovers };
}
