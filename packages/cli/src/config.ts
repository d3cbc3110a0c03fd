import type { MermaidOptions } from "@cardinal/gen-mermaid";
import type { SqlDialect, SqlOptions } from "@cardinal/gen-sql";
import type { TypesOptions } from "@cardinal/gen-types";
import type { ZodOptions } from "@cardinal/gen-zod";
import { checkNaming, describeValue, prefixSpec, suffixSpec } from "./config-values.js";
import { overlappingOutputs } from "./output-folders.js";

/** The generators `gen` runs, by the name `--only` takes. */
export type GeneratorName = "types" | "zod" | "mermaid" | "sql";

/** Every generator name, in the order they run. */
export const generatorNames: readonly GeneratorName[] = ["types", "zod", "mermaid", "sql"];

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
  /** Per-generator options; `false` turns a generator off. @default all on, default options */
  readonly generators?: {
    readonly types?: false | (TypesOptions & OutputOption);
    readonly zod?: false | (ZodOptions & OutputOption);
    readonly mermaid?: false | (MermaidOptions & OutputOption & DocsOption);
    readonly sql?: false | (SqlOptions & OutputOption);
  };
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
}

const dialects: readonly SqlDialect[] = ["postgresql", "mysql", "sqlite"];

/** Per-generator option checks: key → expected description and a test. Unknown keys are errors too. */
const optionSpecs: Readonly<
  Record<GeneratorName, Readonly<Record<string, { expected: string; test: (value: unknown) => boolean }>>>
> = {
  types: {
    output: { expected: "a folder path (string)", test: (v) => typeof v === "string" },
    layout: { expected: '"per-model" or "single-file"', test: (v) => v === "per-model" || v === "single-file" },
    importExtension: { expected: '".js" or ""', test: (v) => v === ".js" || v === "" },
    typePrefix: prefixSpec,
    typeSuffix: suffixSpec,
    dateTime: { expected: '"Date" or "string"', test: (v) => v === "Date" || v === "string" },
    decimal: { expected: '"string" or "number"', test: (v) => v === "string" || v === "number" },
    client: { expected: "true or false", test: (v) => typeof v === "boolean" },
  },
  zod: {
    output: { expected: "a folder path (string)", test: (v) => typeof v === "string" },
    layout: { expected: '"per-model" or "single-file"', test: (v) => v === "per-model" || v === "single-file" },
    importExtension: { expected: '".js" or ""', test: (v) => v === ".js" || v === "" },
    dateTime: {
      expected: '"date", "coerce" or "string"',
      test: (v) => v === "date" || v === "coerce" || v === "string",
    },
    decimal: { expected: '"string" or "number"', test: (v) => v === "string" || v === "number" },
    // Checked key by key in checkNaming(), so an error names `naming.prefix` or `naming.suffix`.
    naming: { expected: "an object with `prefix` and/or `suffix`", test: () => true },
  },
  mermaid: {
    output: { expected: "a folder path (string)", test: (v) => typeof v === "string" },
    names: {
      expected: '"prisma", "database" or "both"',
      test: (v) => v === "prisma" || v === "database" || v === "both",
    },
    attributes: { expected: '"all", "keys" or "none"', test: (v) => v === "all" || v === "keys" || v === "none" },
    comments: { expected: "true or false", test: (v) => typeof v === "boolean" },
    enums: { expected: '"entities" or "omit"', test: (v) => v === "entities" || v === "omit" },
    compositeTypes: { expected: '"entities" or "attributes"', test: (v) => v === "entities" || v === "attributes" },
    manyToMany: { expected: '"relation" or "join-table"', test: (v) => v === "relation" || v === "join-table" },
    include: {
      expected: "an array of model names or globs",
      test: (v) => Array.isArray(v) && v.every((x) => typeof x === "string"),
    },
    exclude: {
      expected: "an array of model names or globs",
      test: (v) => Array.isArray(v) && v.every((x) => typeof x === "string"),
    },
    direction: {
      expected: '"TB", "BT", "LR" or "RL"',
      test: (v) => v === "TB" || v === "BT" || v === "LR" || v === "RL",
    },
    title: { expected: "a string", test: (v) => typeof v === "string" },
    split: {
      expected: '"auto", "group", "component" or "none"',
      test: (v) => v === "auto" || v === "group" || v === "component" || v === "none",
    },
    maxCharacters: { expected: "a positive integer", test: (v) => Number.isInteger(v) && (v as number) > 0 },
    compat: { expected: "true or false", test: (v) => typeof v === "boolean" },
    fileName: { expected: "a file name without extension", test: (v) => typeof v === "string" && /^[\w.-]+$/.test(v) },
    docs: {
      expected: "an array of Markdown file paths",
      test: (v) => Array.isArray(v) && v.every((x) => typeof x === "string" && x !== ""),
    },
  },
  sql: {
    output: { expected: "a folder path (string)", test: (v) => typeof v === "string" },
    dialects: {
      expected: `an array of ${dialects.map((d) => JSON.stringify(d)).join(", ")}`,
      test: (v) => Array.isArray(v) && v.length > 0 && v.every((d) => dialects.includes(d)),
    },
    comments: { expected: "true or false", test: (v) => typeof v === "boolean" },
  },
};

/** The options a generator takes (the keys of its object in `generators`), `output` included. */
export function generatorOptionNames(name: GeneratorName): readonly string[] {
  return Object.keys(optionSpecs[name]);
}

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
  const chosen = checkGenerators(raw.generators, errors);
  const output = typeof raw.output === "string" ? raw.output : "generated";
  if (errors.length === 0) errors.push(...overlappingOutputs(root, output, chosen));
  applyFlags(chosen, flags, errors);
  if (errors.length > 0) return { errors };
  return {
    config: {
      root,
      schema: flags.schema ?? (raw.schema as string | undefined),
      output: flags.output ?? output,
      generators: chosen,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Promise);
}

function checkTopLevel(config: Record<string, unknown>, errors: ConfigError[]): void {
  for (const key of Object.keys(config)) {
    if (!["schema", "output", "generators"].includes(key))
      errors.push({ path: key, expected: "one of schema, output, generators", received: "an unknown key" });
  }
  for (const key of ["schema", "output"] as const) {
    if (config[key] !== undefined && typeof config[key] !== "string")
      errors.push({ path: key, expected: "a path (string)", received: describeValue(config[key]) });
  }
}

/** The generators that are on, each with its checked options; unknown generators and options are errors. */
function checkGenerators(value: unknown, errors: ConfigError[]): Map<GeneratorName, Record<string, unknown>> {
  const chosen = new Map<GeneratorName, Record<string, unknown>>();
  const generators = value ?? {};
  if (!isRecord(generators)) {
    errors.push({ path: "generators", expected: "an object", received: describeValue(value) });
    return chosen;
  }
  for (const key of Object.keys(generators)) {
    if (!(generatorNames as readonly string[]).includes(key))
      errors.push({
        path: `generators.${key}`,
        expected: `one of ${generatorNames.join(", ")}`,
        received: "an unknown generator",
      });
  }
  for (const name of generatorNames) {
    const options = generators[name] === undefined ? {} : generators[name];
    if (options === false) continue;
    if (!isRecord(options)) {
      const received = describeValue(options);
      errors.push({ path: `generators.${name}`, expected: "an options object or false", received });
      continue;
    }
    checkOptions(name, options, errors);
    chosen.set(name, { ...options });
  }
  return chosen;
}

function checkOptions(name: GeneratorName, options: Record<string, unknown>, errors: ConfigError[]): void {
  for (const [key, value] of Object.entries(options)) {
    const path = `generators.${name}.${key}`;
    const spec = optionSpecs[name][key];
    if (!spec)
      errors.push({
        path,
        expected: `one of ${Object.keys(optionSpecs[name]).join(", ")}`,
        received: "an unknown option",
      });
    else if (name === "zod" && key === "naming" && value !== undefined) checkNaming(value, path, errors);
    else if (value !== undefined && !spec.test(value))
      errors.push({ path, expected: spec.expected, received: describeValue(value) });
  }
}

function applyFlags(
  chosen: Map<GeneratorName, Record<string, unknown>>,
  flags: ConfigFlags,
  errors: ConfigError[],
): void {
  if (flags.only) {
    for (const name of flags.only) {
      if (!(generatorNames as readonly string[]).includes(name))
        errors.push({
          path: "--only",
          expected: `a comma-separated list of ${generatorNames.join(", ")}`,
          received: JSON.stringify(name),
        });
    }
    for (const name of [...chosen.keys()]) if (!flags.only.includes(name)) chosen.delete(name);
  }
  if (flags.dialects) {
    const bad = flags.dialects.filter((d) => !(dialects as readonly string[]).includes(d));
    if (bad.length > 0)
      errors.push({
        path: "--dialect",
        expected: `a comma-separated list of ${dialects.join(", ")}`,
        received: JSON.stringify(bad.join(",")),
      });
    const sql = chosen.get("sql");
    if (sql) chosen.set("sql", { ...sql, dialects: flags.dialects });
  }
  if (flags.docs) {
    const mermaid = chosen.get("mermaid");
    if (mermaid) chosen.set("mermaid", { ...mermaid, docs: flags.docs });
    else
      errors.push({
        path: "--docs",
        expected: "the mermaid generator on (it draws the diagrams)",
        received: "mermaid off",
      });
  }
}

/** `generators.sql.dialects[0]: expected ..., received ...`. */
export function formatConfigError(error: ConfigError): string {
  return `${error.path}: expected ${error.expected}, received ${error.received}`;
}
