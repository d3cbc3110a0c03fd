import { isAbsolute, relative, resolve } from "node:path";
import type { ConfigError, GeneratorName, OutputOption } from "./config.js";
import { describeValue } from "./config-values.js";

interface Folder {
  readonly generator: GeneratorName;
  /** The generator's own `output` option, when set. */
  readonly given: unknown;
  readonly path: string;
}

/** Whether `inner` is `outer` or lies below it. */
function within(outer: string, inner: string): boolean {
  const path = relative(outer, inner);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
}

/**
 * Two generators may not write into one folder, nor one into another's: each writer removes the files it no
 * longer generates from its folder, so they would delete and overwrite each other's files. The error is put on the
 * generator whose `output` option made the clash (the later one when both set it).
 */
export function overlappingOutputs(
  root: string,
  output: string,
  generators: ReadonlyMap<GeneratorName, OutputOption>,
): ConfigError[] {
  const folders: Folder[] = [...generators].map(([generator, options]) => ({
    generator,
    given: options.output,
    path: resolve(root, output, options.output ?? generator),
  }));
  const errors: ConfigError[] = [];
  folders.forEach((folder, index) => {
    const other = folders
      .slice(0, index)
      .find((earlier) => within(earlier.path, folder.path) || within(folder.path, earlier.path));
    if (!other) return;
    const [blamed, clash] = folder.given === undefined ? [other, folder] : [folder, other];
    const shown = (f: Folder) => relative(root, f.path) || ".";
    const clashName =
      clash.given === undefined ? `the default folder of ${clash.generator}` : `generators.${clash.generator}.output`;
    const path = `generators.${blamed.generator}.output`;
    if (errors.some((error) => error.path === path)) return;
    errors.push({
      path,
      expected: "a folder of its own, neither another generator's folder nor one holding or inside it",
      received: `${describeValue(blamed.given)} (${shown(blamed)}, which overlaps ${clashName} ${shown(clash)})`,
    });
  });
  return errors;
}
