import { lstatSync, readFileSync } from "node:fs";
import { isAbsolute, join, normalize } from "node:path";

/** The manifest Cardinal keeps in the output folder: the files it wrote, so it can remove them later. */
export const manifestName = ".cardinal-manifest.json";

/** Files per generator (paths relative to the output folder), so `--only` never removes the others' files. */
export interface Manifest {
  readonly generators: Readonly<Record<string, readonly string[]>>;
}

/** A manifest read from disk, and why it was ignored when it was damaged. */
export interface ManifestRead {
  readonly manifest: Manifest;
  /** Set when the file exists but is damaged: it is then treated as absent. */
  readonly warning?: string;
}

const empty: Manifest = { generators: {} };

/** A manifest entry must be a plain relative file path: not empty, not `.`, not absolute, no `..`. */
function validEntry(entry: unknown): entry is string {
  if (typeof entry !== "string" || entry === "" || isAbsolute(entry)) return false;
  const normal = normalize(entry);
  return normal === entry && normal !== "." && !normal.split(/[\\/]/).includes("..") && !normal.endsWith("/");
}

/**
 * Reads the manifest without following a link. A missing one is empty; a damaged one (not JSON, not lists of
 * plain relative paths) is treated as absent, with a warning: it never stops a run.
 */
export function readManifest(outputRoot: string): ManifestRead {
  const path = join(outputRoot, manifestName);
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return { manifest: empty };
  const damaged = (why: string) => ({
    manifest: empty,
    warning: `the manifest ${manifestName} ${why}; it is ignored (files it listed are not removed) and rewritten`,
  });
  if (!stat.isFile()) return damaged("is not a regular file");
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return damaged("is not valid JSON");
  }
  const generators = (parsed as { generators?: unknown } | null)?.generators;
  if (typeof generators !== "object" || generators === null || Array.isArray(generators))
    return damaged("has no `generators` object");
  for (const [name, files] of Object.entries(generators))
    if (!Array.isArray(files) || !files.every(validEntry))
      return damaged(`lists something other than relative file paths for ${name}`);
  return { manifest: { generators: generators as Record<string, string[]> } };
}

/** The manifest's text: generators sorted, files sorted. */
export function serializeManifest(generators: Readonly<Record<string, readonly string[]>>): string {
  const sorted = Object.fromEntries(
    Object.entries(generators)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, files]) => [name, [...files].sort()]),
  );
  return `${JSON.stringify({ generatedBy: "cardinal", generators: sorted }, null, 2)}\n`;
}
