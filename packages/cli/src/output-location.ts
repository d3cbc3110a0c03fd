import { lstatSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { GeneratorName, ResolvedConfig } from "./config.js";
import { FileSystemError } from "./fs-error.js";

/** Where a run writes: every folder as a real absolute path, checked by `checkOutputLocations`. */
export interface OutputLayout {
  /** The project folder (real path). */
  readonly root: string;
  /** The output folder, holding the manifest. */
  readonly outputRoot: string;
  /** Each generator's folder. */
  readonly generators: ReadonlyMap<GeneratorName, string>;
}

/** True when `path` is `folder` or below it. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** The path shown to the user: relative to the project when inside it. */
export function shown(root: string, path: string): string {
  return isInside(root, path) ? relative(root, path) || "." : path;
}

/**
 * The one check for every folder `gen` writes to (`output` and each generator's `output`): each existing part of the
 * path must be a real folder, not a symbolic link (Cardinal never writes through a link) and not a file, and the
 * real path must stay inside the project. `--force` allows both a folder outside the project and a link (followed).
 * Returns the real path (its missing tail appended to the real path of the part that exists).
 */
export function checkOutputLocation(root: string, label: string, path: string, force: boolean): string {
  const realRoot = realpathSync(root);
  const inside = isInside(root, path);
  if (!inside && !force)
    throw new FileSystemError(`${label}: ${path} is outside the project (${root}); use --force if you mean it`);
  let existing = inside ? root : resolve("/");
  const parts = relative(existing, path).split(sep).filter(Boolean);
  let index = 0;
  for (; index < parts.length; index++) {
    const next = join(existing, parts[index] as string);
    const stat = lstatSync(next, { throwIfNoEntry: false });
    if (!stat) break;
    if (stat.isSymbolicLink() && !force && inside)
      throw new FileSystemError(
        `${label}: ${shown(root, next)} is a symbolic link; gen never writes through links. Replace it with a folder, or use --force to follow it`,
      );
    if (!stat.isSymbolicLink() && !stat.isDirectory())
      throw new FileSystemError(
        `${label}: ${shown(root, next)} is not a folder (a file is in the way); move it away or choose another output folder`,
      );
    existing = next;
  }
  const real = join(realpathSync(existing), ...parts.slice(index));
  if (!force && !isInside(realRoot, real))
    throw new FileSystemError(`${label}: ${path} leads outside the project (${real}); use --force if you mean it`);
  if (real === realRoot && label !== "output" && !force)
    throw new FileSystemError(
      `${label}: the generator would write into the project folder itself (${root}); give it a folder of its own`,
    );
  return real;
}

/** Checks `output` and every generator's folder with `checkOutputLocation`; returns the real layout. */
export function checkOutputLocations(config: ResolvedConfig, force: boolean): OutputLayout {
  const outputPath = resolve(config.root, config.output);
  const outputRoot = checkOutputLocation(config.root, "output", outputPath, force);
  const generators = new Map<GeneratorName, string>();
  for (const [name, options] of config.generators) {
    const label = options.output === undefined ? "output" : `generators.${name}.output`;
    generators.set(name, checkOutputLocation(config.root, label, resolve(outputPath, options.output ?? name), force));
  }
  return { root: realpathSync(config.root), outputRoot, generators };
}
