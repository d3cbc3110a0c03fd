import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { configFileNames } from "./load-config.js";

/** Where `findSchemaPath()` looks when no schema is configured (`package.json` for its `prisma.schema`). */
const defaultSchemaFiles = ["package.json", "prisma/schema.prisma", "schema.prisma"];
const defaultSchemaFolders = ["prisma/schema"];

/**
 * What `gen watch` watches: files (the config, the files it imports, the schema file) and folders whose `.prisma`
 * files count (a schema folder). Paths are absolute; a path need not exist (a deleted schema is waited for).
 */
export interface WatchTargets {
  readonly files: ReadonlySet<string>;
  readonly folders: ReadonlySet<string>;
}

/** The config files: the one `--config` names, else every name `gen` looks for in the root. */
export function configTargets(root: string, configFlag: string | undefined): string[] {
  if (configFlag !== undefined && configFlag.trim() !== "") return [resolve(root, configFlag)];
  return configFileNames.map((name) => join(root, name));
}

/**
 * The schema: the configured path (file, or folder of `.prisma` files), else every place the schema is looked for
 * by default, so that a schema that appears in any of them is seen.
 */
export function schemaTargets(root: string, schema: string | undefined): WatchTargets {
  if (schema !== undefined) {
    const path = resolve(root, schema);
    const folder = existsSync(path) ? statSync(path).isDirectory() : !path.endsWith(".prisma");
    return folder ? { files: new Set(), folders: new Set([path]) } : { files: new Set([path]), folders: new Set() };
  }
  return {
    files: new Set(defaultSchemaFiles.map((file) => join(root, file))),
    folders: new Set(defaultSchemaFolders.map((folder) => join(root, folder))),
  };
}

/** Both sets of targets together. */
export function mergeTargets(...all: readonly WatchTargets[]): WatchTargets {
  return {
    files: new Set(all.flatMap((targets) => [...targets.files])),
    folders: new Set(all.flatMap((targets) => [...targets.folders])),
  };
}

function within(outer: string, inner: string): boolean {
  const path = relative(outer, inner);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
}

/** Whether a change of `path` matters: a target file, or a `.prisma` file (or a folder) inside a target folder. */
export function isWatched(targets: WatchTargets, path: string, isFolder: boolean): boolean {
  if (targets.files.has(path)) return true;
  return [...targets.folders].some((folder) => within(folder, path) && (isFolder || path.endsWith(".prisma")));
}

/**
 * Whether the watcher should look at `path` at all: a target, inside a target folder, or a folder on the way to
 * one (so that `prisma/` appearing, then `prisma/schema.prisma` in it, is followed). Everything else (generated
 * output, node_modules) is never watched.
 */
export function isOnTheWay(targets: WatchTargets, path: string): boolean {
  return (
    targets.files.has(path) ||
    [...targets.files].some((file) => within(path, dirname(file))) ||
    [...targets.folders].some((folder) => within(folder, path) || within(path, folder))
  );
}

/** The folders to hand the watcher: for each target, the nearest folder above it that exists. */
export function watchRoots(targets: WatchTargets): string[] {
  const roots = new Set<string>();
  for (const target of [...targets.files, ...targets.folders]) {
    let folder = dirname(target);
    while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
    roots.add(folder);
  }
  return [...roots];
}
