import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { GeneratorName } from "./config.js";
import type { GeneratorOutput } from "./generate.js";

/** The manifest Cardinal keeps in the output folder: the files it wrote, so it can remove them later. */
export const manifestName = ".cardinal-manifest.json";

/** Files per generator, so a run of some generators (`--only`) never removes the others' files. */
export interface Manifest {
  readonly generators: Readonly<Record<string, readonly string[]>>;
}

/** What happened to the files of one generator. */
export interface WriteSummary {
  readonly generator: GeneratorName;
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  readonly milliseconds: number;
}

/** An output folder outside the project (without `--force`): a usage problem. */
export class UnsafeOutputError extends Error {
  override readonly name = "UnsafeOutputError";
}

/** Refuses an output folder outside the project root unless forced. */
export function checkOutputLocation(root: string, output: string, force: boolean): void {
  const path = relative(root, resolve(root, output));
  if (!force && (path.startsWith("..") || isAbsolute(path))) {
    throw new UnsafeOutputError(
      `The output folder ${output} is outside the project (${root}). Use --force if you mean it.`,
    );
  }
}

export function readManifest(outputRoot: string): Manifest {
  const path = join(outputRoot, manifestName);
  if (!existsSync(path)) return { generators: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as { generators?: unknown };
    const generators: Record<string, string[]> = {};
    if (parsed.generators && typeof parsed.generators === "object") {
      for (const [name, files] of Object.entries(parsed.generators)) {
        if (Array.isArray(files)) generators[name] = files.filter((file): file is string => typeof file === "string");
      }
    }
    return { generators };
  } catch {
    return { generators: {} };
  }
}

/** Files Cardinal wrote earlier for these generators that the current run no longer produces. */
export function leftovers(
  manifest: Manifest,
  outputs: readonly GeneratorOutput[],
  current: ReadonlySet<string>,
): { generator: GeneratorName; path: string }[] {
  return outputs.flatMap((output) =>
    (manifest.generators[output.generator] ?? [])
      .filter((file) => !current.has(file) && !file.split(/[\\/]/).includes(".."))
      .map((path) => ({ generator: output.generator, path })),
  );
}

/** Writes a file atomically: a temporary file in the same folder, then a rename. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.cardinal-${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Every generated file as a path relative to the output root, with its content. */
export function plannedFiles(outputRoot: string, outputs: readonly GeneratorOutput[]) {
  return outputs.flatMap((output) =>
    output.files.map((file) => ({
      generator: output.generator,
      path: relative(outputRoot, join(output.directory, file.path)),
      content: file.content,
    })),
  );
}

/**
 * Writes generated files: unchanged ones are left alone (mtime kept), changed ones replaced atomically, files
 * Cardinal wrote before and no longer produces removed (the manifest says which); nothing else is touched.
 */
export function writeOutputs(outputRoot: string, outputs: readonly GeneratorOutput[]): WriteSummary[] {
  const previous = readManifest(outputRoot);
  const planned = plannedFiles(outputRoot, outputs);
  const summaries = new Map(
    outputs.map((o) => [
      o.generator,
      {
        generator: o.generator,
        written: [] as string[],
        unchanged: [] as string[],
        removed: [] as string[],
        milliseconds: o.milliseconds,
      },
    ]),
  );
  for (const file of planned) {
    const target = join(outputRoot, file.path);
    const summary = summaries.get(file.generator) as { written: string[]; unchanged: string[] };
    if (existsSync(target) && readFileSync(target, "utf8") === file.content) summary.unchanged.push(file.path);
    else {
      writeAtomically(target, file.content);
      summary.written.push(file.path);
    }
  }
  const current = new Set(planned.map((file) => file.path));
  for (const { generator, path } of leftovers(previous, outputs, current)) {
    rmSync(join(outputRoot, path), { force: true });
    summaries.get(generator)?.removed.push(path);
  }
  const generators: Record<string, string[]> = { ...previous.generators } as Record<string, string[]>;
  for (const output of outputs)
    generators[output.generator] = planned
      .filter((file) => file.generator === output.generator)
      .map((file) => file.path)
      .sort();
  const sorted = Object.fromEntries(Object.entries(generators).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeAtomically(
    join(outputRoot, manifestName),
    `${JSON.stringify({ generatedBy: "cardinal", generators: sorted }, null, 2)}\n`,
  );
  return [...summaries.values()];
}
