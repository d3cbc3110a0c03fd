import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { ModuleCache } from "jiti";
import { createFastJiti } from "./transpile.js";

/** A config module evaluated: its default export (when it has one) and the project files it was read from. */
export type EvaluatedModule =
  | { readonly hasDefault: boolean; readonly value: unknown; readonly files: readonly string[] }
  | { readonly error: string; readonly files: readonly string[] };

/**
 * Evaluates a `.ts`/`.mts`/`.cts`/`.js`/`.mjs`/`.cjs` config with jiti, in memory: TypeScript and its own imports
 * (`./shared`, no extension needed) are transpiled by Sucrase (jiti's bundled Babel where Sucrase cannot: see
 * transpile.ts), so neither the TypeScript package is loaded nor any file written into the project (no file system
 * cache, no module cache: `gen watch` reloads every file on each run). jiti, not c12 or a TypeScript-based loader:
 * it is small (one package, no dependencies, no native code) and maintained by the UnJS project that c12 itself
 * builds on; Sucrase is pure JavaScript too.
 * A syntax error or a throw comes back as one line located at `file:line:column`. `alias` maps module names to
 * files (`prisma/config` to Cardinal's stand-in).
 */
export async function evaluateModule(
  path: string,
  root: string,
  alias: Readonly<Record<string, string>> = {},
): Promise<EvaluatedModule> {
  const { createJiti } = await import("jiti");
  const options = { fsCache: false, moduleCache: false, interopDefault: false, alias };
  const jiti = createFastJiti(createJiti, import.meta.url, options);
  // jiti records every module it transpiles in `cache` (keyed by absolute path): the config's own imports.
  const cache: ModuleCache = {};
  const files = () => [path, ...Object.keys(cache).filter((file) => file !== path && isProjectFile(file))];
  try {
    // evalModule with forceTranspile (rather than jiti.import) so that `.mjs`/`.cjs` configs too are evaluated
    // afresh on each load instead of coming from Node's module cache.
    const exports = await jiti.evalModule(readFileSync(path, "utf8"), {
      filename: path,
      async: true,
      forceTranspile: true,
      cache,
    });
    if (typeof exports !== "object" || exports === null) return { hasDefault: true, value: exports, files: files() };
    const record = exports as Record<string, unknown>;
    // Transpiled ES modules carry `__esModule`; anything else is CommonJS, whose `module.exports` is the export.
    if (record.__esModule !== true) return { hasDefault: true, value: record, files: files() };
    return { hasDefault: "default" in record, value: record.default, files: files() };
  } catch (error) {
    const syntax = syntaxError(error, root);
    const found = files();
    if (syntax) return { error: syntax.message, files: [...found, syntax.file].filter(unique) };
    return {
      error: `${relative(root, path) || path} could not be loaded: ${locateError(error, root, found)}`,
      files: found,
    };
  }
}

const unique = <T>(item: T, index: number, all: readonly T[]) => all.indexOf(item) === index;

/** Whether a path is one of the project's own files (not a dependency in node_modules). */
export function isProjectFile(path: string): boolean {
  return !path.split(sep).includes("node_modules");
}

/**
 * jiti reports a Babel parse error as `ParseError: <reason> \n <file>:<line>:<column>` with a 0-based column;
 * it becomes `<file>:<line>:<column>: syntax error: <reason>` with a 1-based column, as editors and `tsc` count.
 */
function syntaxError(error: unknown, root: string): { message: string; file: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const match = /^(\w*Error): ([^\n]*?)\s*\n\s*(.+):(\d+):(\d+)\s*$/.exec(error.message);
  if (!match) return undefined;
  const [, , reason, file = "", line, column] = match;
  const where = `${relative(root, file) || file}:${line}:${Number(column) + 1}`;
  return { message: `${where}: syntax error: ${reason?.replace(/\s+$/, "") || "unexpected input"}`, file };
}

/**
 * An error's first line, with the line of the config's files it was thrown from when the stack shows one (the line
 * only: jiti keeps lines but not columns, its module wrapper shifts the first line).
 */
export function locateError(error: unknown, root: string, files: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const frame = stack
    .split("\n")
    .map((line) => /\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+):(\d+)\)?\s*$/.exec(line))
    .find((match) => match !== null && files.includes(match[1] ?? ""));
  const firstLine = message.split("\n")[0] ?? "";
  return frame ? `${firstLine} (at ${relative(root, frame[1] ?? "")}:${frame[2]})` : firstLine;
}
