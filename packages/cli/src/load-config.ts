import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { checkOnly } from "./args.js";
import { resolveWithBlock } from "./block-config.js";
import { type ConfigFlags, formatConfigError, generatorNamesOf, type ResolvedConfig, resolveConfig } from "./config.js";
import { describeValue } from "./config-values.js";
import { evaluateModule, locateError } from "./evaluate-module.js";
import { loadPluginModules } from "./plugin-modules.js";
import { prismaConfigSchema } from "./prisma-config.js";
import { readProjectBlock, TwoBlocksError } from "./schema-block.js";

/** Config file names looked for in the project root, in this order. */
export const configFileNames = [
  "cardinal.config.ts",
  "cardinal.config.mts",
  "cardinal.config.cts",
  "cardinal.config.js",
  "cardinal.config.mjs",
  "cardinal.config.cjs",
  "cardinal.config.json",
];

const extensions = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs", ".json"];

/**
 * A config that could not be used: not found, not loadable (syntax error, throws), or invalid. Said in one line
 * (an invalid config lists one line per problem); exit code 2. `files` are the files it was read from so far, for
 * `gen watch` to wait for a fix in any of them.
 */
export class ConfigLoadError extends Error {
  override readonly name = "ConfigLoadError";
  constructor(
    message: string,
    readonly files: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Finds the config file: the one given, else the first of `configFileNames` in the root, else none. */
export function findConfigFile(root: string, explicit: string | undefined): string | undefined {
  if (explicit === undefined) return configFileNames.map((name) => join(root, name)).find((path) => existsSync(path));
  if (explicit.trim() === "") throw new ConfigLoadError("--config: expected a file path, received an empty string");
  const path = resolve(root, explicit);
  if (!existsSync(path)) throw new ConfigLoadError(`--config: the file ${explicit} does not exist`);
  if (statSync(path).isDirectory())
    throw new ConfigLoadError(
      `--config: ${explicit} is a folder; expected a config file such as ${configFileNames[0]}`,
    );
  if (!extensions.includes(extname(path)))
    throw new ConfigLoadError(
      `--config: ${explicit} is not a config file; expected one ending in ${extensions.join(", ")}`,
    );
  return path;
}

/** A config file's default export, resolved, and the project files it was read from (itself and its imports). */
export interface LoadedConfigFile {
  readonly value: unknown;
  readonly files: readonly string[];
}

/**
 * Loads a config file. JSON is parsed; a module is evaluated by jiti in memory (TypeScript included, with its own
 * imports, nothing written into the project). Its default export may be an object, a function (called, awaited) or
 * a Promise of either; anything else, and no default export, is an invalid configuration. `alias` as in
 * `evaluateModule`.
 */
export async function loadConfigFile(
  path: string,
  root: string,
  alias: Readonly<Record<string, string>> = {},
): Promise<LoadedConfigFile> {
  const shown = relative(root, path) || path;
  if (path.endsWith(".json")) return { value: parseJson(readFileSync(path, "utf8"), shown), files: [path] };
  const loaded = await evaluateModule(path, root, alias);
  const files = loaded.files.length > 0 ? loaded.files : [path];
  if ("error" in loaded) throw new ConfigLoadError(loaded.error, files);
  const invalid = (path: string, received: string) =>
    new ConfigLoadError(
      invalidMessage(shown, [formatConfigError({ path, expected: defaultExpected, received })]),
      files,
    );
  if (!loaded.hasDefault) throw invalid("default export", "no default export");
  let value = await loaded.value;
  if (typeof value === "function") {
    try {
      value = await (value as () => unknown)();
    } catch (error) {
      throw new ConfigLoadError(`${shown}: the default export threw: ${locateError(error, root, files)}`, files);
    }
    if (!isObject(value)) throw invalid("default export()", describeValue(value));
  }
  if (!isObject(value)) throw invalid("default export", describeValue(value));
  return { value, files };
}

const defaultExpected = "an object, a function returning one, or a Promise of either";

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function invalidMessage(shown: string | undefined, lines: readonly string[]): string {
  return `invalid configuration${shown === undefined ? "" : ` in ${shown}`}:\n  ${lines.join("\n  ")}`;
}

/** JSON with the place of a syntax error as `file:line:column` (V8 gives a character position). */
function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? text.length);
    const before = text.slice(0, position).split(/\r\n|\r|\n/);
    const where = `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
    throw new ConfigLoadError(`${shown}:${where}: not valid JSON: ${reason}`, []);
  }
}

/** The config in use: resolved with the flags, the file it came from and every file it was read from. */
export interface LoadedProject {
  readonly config: ResolvedConfig;
  readonly file: string | undefined;
  readonly files: readonly string[];
}

/**
 * Finds, loads and resolves the project's config with the flags (the schema, when neither names one: the one
 * `prisma.config.ts` names), and the options of the schema's Cardinal generator
 * block (`blockName`: that block, as `prisma generate` runs it; else the one whose provider runs Cardinal), the config
 * file winning; throws `ConfigLoadError` for any problem.
 */
export async function loadProjectConfig(
  root: string,
  configFlag: string | undefined,
  flags: ConfigFlags,
  blockName?: string,
): Promise<LoadedProject> {
  const file = findConfigFile(root, configFlag);
  const loaded = file ? await loadConfigFile(file, root) : { value: {}, files: [] };
  const where = file ? relative(root, file) : undefined;
  const { value, errors, files: pluginFiles } = await loadPluginModules(loaded.value, root);
  const files = [...loaded.files, ...pluginFiles];
  if (errors.length > 0) throw new ConfigLoadError(invalidMessage(where, errors.map(formatConfigError)), files);
  checkOnly(flags.only, generatorNamesOf(value));
  const resolved = resolveConfig(value, flags, root);
  if ("errors" in resolved)
    throw new ConfigLoadError(invalidMessage(where, resolved.errors.map(formatConfigError)), files);
  const prisma = resolved.config.schema === undefined ? await prismaConfigSchema(root) : undefined;
  const schema = resolved.config.schema ?? prisma?.schema;
  const used = prisma ? [...files, prisma.file] : files;
  const block = readBlock(root, schema, blockName, used);
  const withBlock = block ? resolveWithBlock(block, value as Record<string, unknown>, flags, root) : resolved;
  if ("errors" in withBlock)
    throw new ConfigLoadError(invalidMessage(where, withBlock.errors.map(formatConfigError)), used);
  return { config: { ...withBlock.config, schema }, file, files: used };
}

function readBlock(root: string, schema: string | undefined, name: string | undefined, files: readonly string[]) {
  try {
    return readProjectBlock(root, schema, name);
  } catch (error) {
    if (error instanceof TwoBlocksError) throw new ConfigLoadError(error.message, files);
    throw error;
  }
}
