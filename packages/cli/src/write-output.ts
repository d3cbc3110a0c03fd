import { lstatSync, mkdirSync, readFileSync, rmSync, type Stats, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { GeneratorName } from "./config.js";
import { FileSystemError } from "./fs-error.js";
import type { GeneratorOutput } from "./generate.js";
import { type Manifest, manifestName, readManifest, serializeManifest } from "./manifest.js";
import { isInside, type OutputLayout, shown } from "./output-location.js";
import { commit, discardStaging, linkTree, type Unit, type Units, unitsOf } from "./staging.js";

/** What happened to the files of one generator. */
export interface WriteSummary {
  readonly generator: GeneratorName;
  readonly written: readonly string[];
  /** The written files that did not exist before (a part of `written`). */
  readonly created: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  readonly milliseconds: number;
}

/** One file a run produces or removes, placed in its unit. */
export interface PlannedFile {
  readonly generator: GeneratorName;
  /** Relative to the output folder: what the manifest and the summaries say. */
  readonly path: string;
  readonly absolute: string;
  readonly unit: Unit;
  /** The file on disk now: its content, or undefined when missing. */
  readonly current: string | undefined;
}

/** A file as a long-running process (`gen watch`) last read or wrote it. */
export interface RememberedFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly content: string;
}

/**
 * What `gen watch` remembers between runs of the files it read or wrote, by absolute path: a file whose size,
 * modification time and inode are as remembered is not read again (the rule make and git use; a run without it
 * reads every file).
 */
export type FileMemory = Map<string, RememberedFile>;

/** Reads a file, or takes it from `memory` when its size, mtime and inode are as remembered there. */
function readKnown(path: string, stat: Stats, memory: FileMemory | undefined): string {
  const known = memory?.get(path);
  if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs && known.ino === stat.ino)
    return known.content;
  const content = readFileSync(path, "utf8");
  memory?.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, content });
  return content;
}

/** Remembers what this run wrote (stat after the commit) and forgets what it removed. */
function rememberWritten(
  memory: FileMemory,
  written: readonly (PlannedFile & { content: string })[],
  removals: readonly PlannedFile[],
): void {
  for (const file of removals) memory.delete(file.absolute);
  for (const file of written) {
    const stat = lstatSync(file.absolute, { throwIfNoEntry: false });
    if (stat?.isFile())
      memory.set(file.absolute, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, content: file.content });
    else memory.delete(file.absolute);
  }
}

/**
 * A file's state on disk, looked at without following any link below `from`. `folders` remembers what this run has
 * found each folder to be, a real folder (not a link) or missing, so each is looked at once, not once per file in it
 * (a fresh output folder of 2,000 files costs one look, not 2,000).
 */
function inspect(
  from: string,
  path: string,
  root: string,
  folders: Map<string, "folder" | "missing">,
  memory?: FileMemory,
): string | undefined {
  let at = from;
  const parts = relative(from, path).split(sep);
  for (const [index, part] of parts.entries()) {
    at = join(at, part);
    const last = index === parts.length - 1;
    const known = last ? undefined : folders.get(at);
    if (known === "folder") continue;
    if (known === "missing") return undefined;
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) {
      if (!last) folders.set(at, "missing");
      return undefined;
    }
    if (stat.isSymbolicLink())
      throw new FileSystemError(
        `${shown(root, at)} is a symbolic link; gen never writes through links. Remove it and run gen again`,
      );
    if (last && !stat.isFile())
      throw new FileSystemError(`${shown(root, at)} is not a file; move it away and run gen again`);
    if (!last && !stat.isDirectory())
      throw new FileSystemError(`${shown(root, at)} is not a folder; move it away and run gen again`);
    if (last) return readKnown(path, stat, memory);
    folders.set(at, "folder");
  }
  return undefined;
}

const unitOf = (units: Units, path: string) => units.units.find((u) => isInside(u.target, path)) as Unit;

/** Every generated file with its place and what is on disk now. Reads only; throws on links in the way. */
export function planFiles(
  layout: OutputLayout,
  units: Units,
  outputs: readonly GeneratorOutput[],
  memory?: FileMemory,
) {
  const seen = new Map<string, GeneratorName>();
  const folders = new Map<string, "folder" | "missing">();
  return outputs.flatMap((output) =>
    output.files.map((file): PlannedFile & { content: string } => {
      const absolute = join(layout.generators.get(output.generator) ?? output.directory, file.path);
      const other = seen.get(absolute);
      if (other !== undefined)
        throw new FileSystemError(
          `${shown(layout.root, absolute)} is written by both ${other} and ${output.generator}; give them different output folders`,
        );
      seen.set(absolute, output.generator);
      const unit = unitOf(units, absolute);
      return {
        generator: output.generator,
        path: relative(layout.outputRoot, absolute),
        absolute,
        unit,
        current: inspect(unit.target, absolute, layout.root, folders, memory),
        content: file.content,
      };
    }),
  );
}

/**
 * Files Cardinal wrote earlier for these generators that this run no longer produces. Only plain files inside the
 * generator's own folder are ever removed: an entry through a link, a folder, or outside is left alone (a warning).
 */
export function plannedRemovals(
  layout: OutputLayout,
  units: Units,
  manifest: Manifest,
  outputs: readonly GeneratorOutput[],
  current: ReadonlySet<string>,
  warn: (text: string) => void,
): PlannedFile[] {
  return outputs.flatMap((output) =>
    (manifest.generators[output.generator] ?? []).flatMap((path): PlannedFile[] => {
      const absolute = join(layout.outputRoot, path);
      const folder = layout.generators.get(output.generator) ?? output.directory;
      if (current.has(path)) return [];
      if (!isInside(folder, absolute) || absolute === folder) {
        warn(
          `the manifest ${manifestName} lists ${path} for ${output.generator}, which is not a file in its folder: left alone`,
        );
        return [];
      }
      const unit = unitOf(units, absolute);
      try {
        const content = inspect(unit.target, absolute, layout.root, new Map());
        return content === undefined ? [] : [{ generator: output.generator, path, absolute, unit, current: content }];
      } catch (error) {
        if (!(error instanceof FileSystemError)) throw error;
        warn(`the manifest ${manifestName} lists ${path}, left alone: ${error.message.replace(/;.*$/, "")}`);
        return [];
      }
    }),
  );
}

/** True when Cardinal may replace this file: it wrote it (manifest) or it carries Cardinal's header. */
const owned = (file: PlannedFile, manifest: Manifest) =>
  file.current === undefined ||
  Object.values(manifest.generators).some((files) => files.includes(file.path)) ||
  /Generated by Cardinal/.test(file.current.split("\n", 2).join("\n"));

/**
 * Writes generated files all-or-nothing (see staging.ts): unchanged files are left alone (mtime kept), changed ones
 * replaced, files Cardinal wrote before and no longer produces removed; nothing else is touched. Never writes or
 * deletes through a symbolic link; never overwrites a file Cardinal did not write. `memory` (gen watch) spares
 * reading the files that have not changed since the last run.
 */
export function writeOutputs(
  layout: OutputLayout,
  outputs: readonly GeneratorOutput[],
  warn: (text: string) => void,
  memory?: FileMemory,
): WriteSummary[] {
  const units = unitsOf(layout);
  const previous = readManifest(layout.outputRoot);
  if (previous.warning) warn(previous.warning);
  const planned = planFiles(layout, units, outputs, memory);
  const removals = plannedRemovals(
    layout,
    units,
    previous.manifest,
    outputs,
    new Set(planned.map((f) => f.path)),
    warn,
  );
  const written = planned.filter((file) => file.current !== file.content);
  const refused = written.find((file) => !owned(file, previous.manifest));
  if (refused)
    throw new FileSystemError(
      `${shown(layout.root, refused.absolute)} exists and was not written by Cardinal; gen does not overwrite it. Move it away or choose another output folder`,
    );
  const generators: Record<string, string[]> = { ...previous.manifest.generators } as Record<string, string[]>;
  for (const output of outputs)
    generators[output.generator] = planned.filter((f) => f.generator === output.generator).map((f) => f.path);
  const manifestText = serializeManifest(generators);
  const manifestPath = join(layout.outputRoot, manifestName);
  const manifestChanged = readIfFile(manifestPath) !== manifestText;
  if (written.length + removals.length > 0 || manifestChanged)
    stageAndCommit(units, written, removals, manifestChanged ? manifestText : undefined);
  if (memory) rememberWritten(memory, written, removals);
  return outputs.map((o) => ({
    generator: o.generator,
    written: written.filter((f) => f.generator === o.generator).map((f) => f.path),
    created: written.filter((f) => f.generator === o.generator && f.current === undefined).map((f) => f.path),
    unchanged: planned.filter((f) => f.generator === o.generator && f.current === f.content).map((f) => f.path),
    removed: removals.filter((f) => f.generator === o.generator).map((f) => f.path),
    milliseconds: o.milliseconds,
  }));
}

/** Creates a staged file; one that appeared since the plan (linked with its folder) is unlinked first, never written through. */
function writeStagedFile(path: string, content: string): void {
  try {
    writeFileSync(path, content, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    rmSync(path, { force: true });
    writeFileSync(path, content, { flag: "wx" });
  }
}

const readIfFile = (path: string) =>
  lstatSync(path, { throwIfNoEntry: false })?.isFile() ? readFileSync(path, "utf8") : undefined;

function stageAndCommit(
  units: Units,
  written: readonly (PlannedFile & { content: string })[],
  removals: readonly PlannedFile[],
  manifest: string | undefined,
): void {
  const inStaging = (file: PlannedFile) => join(file.unit.staging, relative(file.unit.target, file.absolute));
  const manifestUnit = units.manifestStaging === undefined ? units.units[0] : undefined;
  const staged = units.units.filter((u) => u === manifestUnit || [...written, ...removals].some((f) => f.unit === u));
  try {
    for (const u of staged) {
      if (lstatSync(u.target, { throwIfNoEntry: false })) linkTree(u.target, u.staging);
      else mkdirSync(u.staging, { recursive: true });
    }
    for (const file of removals) rmSync(inStaging(file));
    const folders = new Set<string>();
    for (const file of written) {
      const path = inStaging(file);
      const folder = dirname(path);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      // Unlink first: the staged file is a hard link to the live one, which must not change. A file that was not
      // there when planned has no link to remove.
      if (file.current !== undefined) rmSync(path, { force: true });
      writeStagedFile(path, file.content);
    }
    if (manifest !== undefined) {
      const path = manifestUnit ? join(manifestUnit.staging, manifestName) : (units.manifestStaging as string);
      mkdirSync(dirname(path), { recursive: true });
      rmSync(path, { force: true });
      writeFileSync(path, manifest, { flag: "wx" });
    }
  } catch (error) {
    discardStaging(units);
    throw error;
  }
  commit(units, staged, manifest !== undefined && manifestUnit === undefined);
}
