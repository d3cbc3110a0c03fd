import { type GeneratorPlugin, isGeneratorPlugin } from "@cardinal/core";
import type { MermaidOptions } from "@cardinal/gen-mermaid";
import type { SqlDialect, SqlOptions } from "@cardinal/gen-sql";
import type { TypesOptions } from "@cardinal/gen-types";
import type { ZodOptions } from "@cardinal/gen-zod";
import { describeValue } from "./config-values.js";
import { checkEntry } from "./generator-options.js";
import { overlappingOutputs } from "./output-folders.js";
import { builtinGenerator, builtinGenerators, optionShortcuts } from "./registry.js";

/**
 * A generator's name in a run: a built-in one (`types`, `zod`, `mermaid`, `sql`) or the key of a plugin in
 * `generators` (`kysely`). `--only` takes it; it is the default output folder.
 */
export type GeneratorName = string;

/** The built-in generators' names, in the order they run. */
export const generatorNames: readonly GeneratorName[] = builtinGenerators.map((plugin) => plugin.name);

/** A generator name: a letter, then letters, digits and `-` (no `_`: a generator block's keys are `<name>_<option>`). */
const namePattern = /^[A-Za-z][A-Za-z0-9-]*$/;

/** Where one generator writes, relative to `output`. @default its name (`types/`, `mermaid/`, `sql/`) */
export interface OutputOption {
  readonly output?: string;
}

/**
 * Markdown files (relative to the project) in which `gen` keeps the diagram between
 * `<!-- cardinal:mermaid:start -->` and `<!-- cardinal:mermaid:end -->` markers; `gen check` reports them stale.
 * @default none
 * @example { docs: ["README.md", "docs/data-model.md"] }
 */
export interface DocsOption {
  readonly docs?: readonly string[];
}

/**
 * `cardinal.config.ts` (or `.mts`, `.js`, `.json`).
 * @example
 * import { defineConfig } from "@cardinal/cli";
 * export default defineConfig({ schema: "prisma/schema.prisma", output: "src/generated", generators: { sql: { dialects: ["postgresql"] } } });
 */
export interface CardinalConfig {
  /** The schema file or folder. @default package.json `prisma.schema`, else `prisma/schema.prisma`, `prisma/schema/`, `schema.prisma` */
  readonly schema?: string;
  /** The folder the generators write under, one subfolder each. @default "generated" */
  readonly output?: string;
  /**
   * Per-generator options; `false` turns a generator off. Any other name adds a generator plugin of your own
   * (`kysely: { use: "./kysely-plugin.mjs" }`, see `PluginEntry`).
   * @default all on, default options
   */
  readonly generators?: BuiltinGeneratorOptions & { readonly [name: string]: false | PluginEntry | undefined };
  /** Where `gen migrate` writes and how it names folders; `--migrations` and `--naming` win. */
  readonly migrations?: MigrationsOption;
}

/**
 * `gen migrate`'s settings.
 * @example { migrations: { directory: "db/migrations", naming: "ordinal" } }
 */
export interface MigrationsOption {
  /** The migrations folder, relative to the project. @default `migrations/` beside the schema (Prisma Migrate's place) */
  readonly directory?: string;
  /** Folder prefix: `timestamp` (UTC `YYYYMMDDHHMMSS`, as Prisma Migrate) or `ordinal` (`0001`, `0002`...). @default "timestamp" */
  readonly naming?: "timestamp" | "ordinal";
}

/** The options of the built-in generators, by name. */
export interface BuiltinGeneratorOptions {
  readonly types?: false | (TypesOptions & OutputOption);
  readonly zod?: false | (ZodOptions & OutputOption);
  readonly mermaid?: false | (MermaidOptions & OutputOption & DocsOption);
  readonly sql?: false | (SqlOptions & OutputOption);
}

/**
 * A generator plugin in `generators`: `use` is the plugin (made with `defineGenerator`), or a module specifier
 * resolved from the project root whose default export (or only exported plugin) is one. The other keys are the
 * plugin's options, checked by its schema; `output` is the folder, as for the built-in generators.
 * @example { kysely: { use: "./kysely-plugin.mjs", output: "db", camelCase: true } }
 */
export interface PluginEntry extends OutputOption {
  readonly use?: string | GeneratorPlugin;
  readonly [option: string]: unknown;
}

/**
 * What a config file may export by default: the config, a function (possibly async) that returns it, or a Promise
 * of either. A function is called each time the config is loaded (each run of `gen watch`).
 */
export type ConfigExport =
  | CardinalConfig
  | (() => CardinalConfig | Promise<CardinalConfig>)
  | Promise<CardinalConfig | (() => CardinalConfig | Promise<CardinalConfig>)>;

/**
 * Types a config file: `export default defineConfig({ ... })`, or `defineConfig(async () => ({ ... }))`.
 * @example export default defineConfig(async () => ({ output: process.env.CI ? "ci-out" : "generated" }));
 */
export function defineConfig(config: CardinalConfig): CardinalConfig;
export function defineConfig(
  config: () => CardinalConfig | Promise<CardinalConfig>,
): () => CardinalConfig | Promise<CardinalConfig>;
export function defineConfig(config: ConfigExport): ConfigExport;
export function defineConfig(config: ConfigExport): ConfigExport {
  return config;
}

/** A configuration problem: where (`generators.sql.dialects[0]`), what was expected, what was received. */
export interface ConfigError {
  readonly path: string;
  readonly expected: string;
  readonly received: string;
}

/** The config after validation, with flags applied. */
export interface ResolvedConfig {
  readonly root: string;
  readonly schema: string | undefined;
  readonly output: string;
  readonly generators: ReadonlyMap<GeneratorName, Record<string, unknown> & OutputOption>;
  /** The plugin of each generator in `generators`, and of each generator `--only` may name. */
  readonly plugins: ReadonlyMap<GeneratorName, GeneratorPlugin>;
  /** `gen migrate`'s settings from the config file (flags are applied by the command). */
  readonly migrations?: MigrationsOption;
}

/** The dialects `--dialect` takes. */
const dialects: readonly SqlDialect[] = ["postgresql", "mysql", "sqlite"];

/** Flags that override the config file. */
export interface ConfigFlags {
  readonly schema?: string | undefined;
  readonly output?: string | undefined;
  readonly only?: readonly string[] | undefined;
  readonly dialects?: readonly string[] | undefined;
  /** `--docs`: Markdown files to keep diagrams in, instead of `generators.mermaid.docs`. */
  readonly docs?: readonly string[] | undefined;
}

/** Checks a loaded config (any shape) and applies flags: parsed → normalized → validated, never thrown. */
export function resolveConfig(
  raw: unknown,
  flags: ConfigFlags,
  root: string,
): { config: ResolvedConfig } | { errors: ConfigError[] } {
  if (!isRecord(raw)) return { errors: [{ path: "(config)", expected: "an object", received: describeValue(raw) }] };
  const errors: ConfigError[] = [];
  checkTopLevel(raw, errors);
  const { chosen, plugins } = checkGenerators(raw.generators, errors);
  const output = typeof raw.output === "string" ? raw.output : "generated";
  if (errors.length === 0) errors.push(...overlappingOutputs(root, output, chosen));
  applyFlags(chosen, plugins, flags, errors);
  if (errors.length > 0) return { errors };
  return {
    config: {
      root,
      schema: flags.schema ?? (raw.schema as string | undefined),
      output: flags.output ?? output,
      generators: chosen,
      plugins,
      ...(isRecord(raw.migrations) ? { migrations: raw.migrations as MigrationsOption } : {}),
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Promise);
}

function checkTopLevel(config: Record<string, unknown>, errors: ConfigError[]): void {
  for (const key of Object.keys(config)) {
    if (!["schema", "output", "generators", "migrations"].includes(key))
      errors.push({ path: key, expected: "one of schema, output, generators, migrations", received: "an unknown key" });
  }
  checkMigrations(config.migrations, errors);
  for (const key of ["schema", "output"] as const) {
    if (config[key] !== undefined && typeof config[key] !== "string")
      errors.push({ path: key, expected: "a path (string)", received: describeValue(config[key]) });
  }
}

function checkMigrations(value: unknown, errors: ConfigError[]): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    errors.push({ path: "migrations", expected: "an object", received: describeValue(value) });
    return;
  }
  for (const [key, entry] of Object.entries(value)) {
    if (key === "directory") {
      if (typeof entry !== "string" || entry === "")
        errors.push({ path: "migrations.directory", expected: "a path (string)", received: describeValue(entry) });
    } else if (key === "naming") {
      if (entry !== "timestamp" && entry !== "ordinal")
        errors.push({
          path: "migrations.naming",
          expected: '"timestamp" or "ordinal"',
          received: describeValue(entry),
        });
    } else errors.push({ path: `migrations.${key}`, expected: "one of directory, naming", received: "an unknown key" });
  }
}

/**
 * The names of the generators a config may run, in order: the built-in ones, then each entry of `generators` that
 * names a plugin with `use`.
 */
export function generatorNamesOf(raw: unknown): GeneratorName[] {
  const generators = isRecord(raw) && isRecord(raw.generators) ? raw.generators : {};
  const added = Object.keys(generators).filter((name) => {
    const entry = generators[name];
    return !generatorNames.includes(name) && isRecord(entry) && entry.use !== undefined;
  });
  return [...generatorNames, ...added];
}

/**
 * The plugins a config knows, by name: the built-in generators, and each entry of `generators` whose `use` is a
 * plugin (a module specifier is loaded first, see `loadPluginModules`).
 */
export function pluginsOf(raw: unknown): Map<GeneratorName, GeneratorPlugin> {
  const plugins = new Map(builtinGenerators.map((plugin) => [plugin.name, plugin]));
  const generators = isRecord(raw) && isRecord(raw.generators) ? raw.generators : {};
  for (const [name, entry] of Object.entries(generators))
    if (isRecord(entry) && isGeneratorPlugin(entry.use)) plugins.set(name, entry.use);
  return plugins;
}

interface CheckedGenerators {
  /** The generators that are on, each with its options as given (without `use`). */
  readonly chosen: Map<GeneratorName, Record<string, unknown>>;
  /** The plugin of every generator the config knows (on or off), for `--only` and the generator block. */
  readonly plugins: Map<GeneratorName, GeneratorPlugin>;
}

/** The generators that are on, each with its checked options; unknown generators and options are errors. */
function checkGenerators(value: unknown, errors: ConfigError[]): CheckedGenerators {
  const chosen = new Map<GeneratorName, Record<string, unknown>>();
  const plugins = new Map<GeneratorName, GeneratorPlugin>();
  const generators = value ?? {};
  if (!isRecord(generators)) {
    errors.push({ path: "generators", expected: "an object", received: describeValue(value) });
    return { chosen, plugins };
  }
  const names = generatorNamesOf({ generators });
  for (const key of Object.keys(generators)) {
    if (!names.includes(key))
      errors.push({
        path: `generators.${key}`,
        expected: `one of ${generatorNames.join(", ")}`,
        received: "an unknown generator (a generator plugin of your own is added with `use`)",
      });
    else if (!namePattern.test(key))
      errors.push({
        path: `generators.${key}`,
        expected: "a name of letters, digits and - (a generator block's keys are <name>_<option>)",
        received: describeValue(key),
      });
  }
  for (const name of names) {
    const builtin = builtinGenerator(name);
    if (builtin) plugins.set(name, builtin);
    const entry = generators[name] === undefined ? {} : generators[name];
    if (entry === false) continue;
    if (!isRecord(entry)) {
      const received = describeValue(entry);
      errors.push({ path: `generators.${name}`, expected: "an options object or false", received });
      continue;
    }
    const checked = checkEntry(name, entry, builtin);
    errors.push(...checked.errors);
    if (checked.plugin) plugins.set(name, checked.plugin);
    const { use: _use, ...options } = entry;
    chosen.set(name, options);
  }
  return { chosen, plugins };
}

function applyFlags(
  chosen: Map<GeneratorName, Record<string, unknown>>,
  plugins: ReadonlyMap<GeneratorName, GeneratorPlugin>,
  flags: ConfigFlags,
  errors: ConfigError[],
): void {
  if (flags.only) {
    for (const name of flags.only) {
      if (!plugins.has(name))
        errors.push({
          path: "--only",
          expected: `a comma-separated list of ${[...plugins.keys()].join(", ")}`,
          received: JSON.stringify(name),
        });
    }
    for (const name of [...chosen.keys()]) if (!flags.only.includes(name)) chosen.delete(name);
  }
  for (const [flag, { generator, option, required }] of Object.entries(optionShortcuts)) {
    const value = flags[flag as keyof typeof optionShortcuts];
    if (value === undefined) continue;
    const options = chosen.get(generator);
    if (options) chosen.set(generator, { ...options, [option]: value });
    else if (required !== undefined)
      errors.push({ path: `--${flag}`, expected: required, received: `${generator} off` });
  }
  if (flags.dialects) {
    const bad = flags.dialects.filter((d) => !(dialects as readonly string[]).includes(d));
    if (bad.length > 0)
      errors.push({
        path: "--dialect",
        expected: `a comma-separated list of ${dialects.join(", ")}`,
        received: JSON.stringify(bad.join(",")),
      });
  }
}

/** `generators.sql.dialects[0]: expected ..., received ...`. */
export function formatConfigError(error: ConfigError): string {
  return `${error.path}: expected ${error.expected}, received ${error.received}`;
}
