import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { FileSystemError } from "./fs-error.js";
import { manifestName } from "./manifest.js";
import { isInside, type OutputLayout } from "./output-location.js";

/*
 * All-or-nothing output. A "unit" is a folder that is replaced as a whole: the output folder when every generator
 * writes below it (the usual case), else each generator's folder. A run builds the unit's new contents in a staging
 * folder next to it (same file system): hard links to every file it keeps (unchanged generated files keep their
 * mtime, user files survive, other generators' files are kept as they are), new files for what changed, nothing for
 * what was removed. Then it writes a commit journal (the commit point) and swaps with two renames per unit:
 * target → `.name.cardinal-old`, staging → target. A kill before the journal leaves the old set (the staging folder is
 * a leftover); a kill after it is rolled forward by the next run. `gen check` reports leftovers; `gen` removes them.
 */

/** A folder replaced as a whole, with the staging and backup folders next to it. */
export interface Unit {
  readonly target: string;
  readonly staging: string;
  readonly backup: string;
}

/** The units of a layout, where the journal goes, and where the manifest is staged. */
export interface Units {
  readonly units: readonly Unit[];
  readonly journal: string;
  /** The manifest is inside the single unit (the output folder), or staged on its own next to it. */
  readonly manifestStaging: string | undefined;
}

const unit = (target: string): Unit => ({
  target,
  staging: join(dirname(target), `.${basename(target)}.cardinal-staging`),
  backup: join(dirname(target), `.${basename(target)}.cardinal-old`),
});

const isMountPoint = (path: string) => {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  return stat !== undefined && stat.dev !== statSync(dirname(path)).dev;
};

/** Chooses the units: the output folder as one unit when possible (a run is then one swap), else one per generator. */
export function unitsOf(layout: OutputLayout): Units {
  const folders = [...layout.generators.values()];
  const { outputRoot, root } = layout;
  if (outputRoot !== root && folders.every((f) => isInside(outputRoot, f)) && !isMountPoint(outputRoot))
    return {
      units: [unit(outputRoot)],
      journal: join(dirname(outputRoot), `.${basename(outputRoot)}.cardinal-commit.json`),
      manifestStaging: undefined,
    };
  for (const folder of folders) {
    const overlap = [outputRoot, ...folders].find((other) => other !== folder && isInside(folder, other));
    if (overlap !== undefined || isMountPoint(folder))
      throw new FileSystemError(
        `the generator folder ${folder} ${overlap === undefined ? "is a mount point" : `contains ${overlap}`}; give each generator a folder of its own below the output folder`,
      );
  }
  return {
    units: [...new Set(folders)].map(unit),
    journal: join(outputRoot, ".cardinal-commit.json"),
    manifestStaging: join(outputRoot, `${manifestName}.cardinal-staging`),
  };
}

/** Copies a folder tree into `to` as hard links, never following a link (links are linked as links). */
export function linkTree(from: string, to: string): void {
  mkdirSync(to);
  chmodSync(to, statSync(from).mode & 0o7777);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) linkTree(source, join(to, entry.name));
    else linkSync(source, join(to, entry.name));
  }
}

const exists = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;
const remove = (path: string) => rmSync(path, { recursive: true, force: true });

/** Swaps every staged unit in, after writing the journal that lets an interrupted swap be finished. */
export function commit(units: Units, staged: readonly Unit[], manifest: boolean): void {
  const journal = { units: staged.map((u) => u.target), manifest };
  writeFileSync(`${units.journal}.cardinal-staging`, JSON.stringify(journal));
  renameSync(`${units.journal}.cardinal-staging`, units.journal);
  finish(units, staged, manifest);
}

function finish(units: Units, staged: readonly Unit[], manifest: boolean): void {
  for (const u of staged) {
    if (!exists(u.staging)) continue;
    if (exists(u.target) && !exists(u.backup)) renameSync(u.target, u.backup);
    renameSync(u.staging, u.target);
  }
  if (manifest && units.manifestStaging && exists(units.manifestStaging))
    renameSync(units.manifestStaging, join(dirname(units.manifestStaging), manifestName));
  for (const u of staged) remove(u.backup);
  rmSync(units.journal, { force: true });
}

/** Reads the journal; only units of the current layout are trusted (a journal could come from anywhere). */
function readJournal(units: Units): { staged: Unit[]; manifest: boolean } | undefined {
  if (!lstatSync(units.journal, { throwIfNoEntry: false })?.isFile()) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(units.journal, "utf8")) as { units?: unknown; manifest?: unknown };
    const targets = Array.isArray(parsed.units) ? parsed.units : [];
    return { staged: units.units.filter((u) => targets.includes(u.target)), manifest: parsed.manifest === true };
  } catch {
    return undefined;
  }
}

const temporaryFile = /\.cardinal-\d+\.tmp$/;

function temporaryFilesBelow(folder: string, found: string[]): void {
  if (!lstatSync(folder, { throwIfNoEntry: false })?.isDirectory()) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) temporaryFilesBelow(path, found);
    else if (temporaryFile.test(entry.name)) found.push(path);
  }
}

/** What an interrupted run left: staging and backup folders, the journal, temporary files (absolute paths). */
export function findLeftovers(units: Units): string[] {
  const named = [
    ...units.units.flatMap((u) => [u.staging, u.backup]),
    units.journal,
    `${units.journal}.cardinal-staging`,
    ...(units.manifestStaging ? [units.manifestStaging] : []),
  ].filter(exists);
  const temporary: string[] = [];
  for (const u of units.units) temporaryFilesBelow(u.target, temporary);
  return [...named, ...temporary];
}

/** Finishes a swap the journal says was committed, then removes every leftover. Returns what it found. */
export function recover(units: Units): string[] {
  const leftovers = findLeftovers(units);
  const journal = readJournal(units);
  if (journal) finish(units, journal.staged, journal.manifest);
  for (const path of findLeftovers(units)) remove(path);
  return leftovers;
}

/** Removes staging after a failed run (best effort: the next run removes what is left). */
export function discardStaging(units: Units): void {
  for (const path of [...units.units.map((u) => u.staging), units.manifestStaging, `${units.journal}.cardinal-staging`])
    if (path !== undefined)
      try {
        remove(path);
      } catch {
        // Left for the next run, which reports and removes it.
      }
}
