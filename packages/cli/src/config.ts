import type { MermaidOptions } from "@cardinal/gen-mermaid";
import type { SqlDialect, SqlOptions } from "@cardinal/gen-sql";
import type { TypesOptions } from "@cardinal/gen-types";
import type { ZodOptions } from "@cardinal/gen-zod";

/** The generators `gen` runs, by the name `--only` takes. */
export type GeneratorName = "types" | "zod" | "mermaid" | "sql";

/** Every generator name, in the order they run. */
export const generatorNames: readonly GeneratorName[] = ["types", "zod", "mermaid", "sql"];

/** Where one generator writes, relative to `output`. @default its name (`types/`, `mermaid/`, `sql/`) */
export interface OutputOption {
  readonly output?: string;
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
    readonly mermaid?: false | (MermaidOptions & OutputOption);
    readonly sql?: false | (SqlOptions & OutputOption);
  };
}

/** Types a config file: `export default defineConfig({ ... })`. */
export function defineConfig(config: CardinalConfig): CardinalConfig {
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

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array (${JSON.stringify(value).slice(0, 60)})`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Per-generator option checks: key → expected description and a test. Unknown keys are errors too. */
const optionSpecs: Readonly<
  Record<GeneratorName, Readonly<Record<string, { expected: string; test: (value: unknown) => boolean }>>>
> = {
  types: {
    output: { expected: "a folder path (string)", test: (v) => typeof v === "string" },
    layout: { expected: '"per-model" or "single-file"', test: (v) => v === "per-model" || v === "single-file" },
    importExtension: { expected: '".js" or ""', test: (v) => v === ".js" || v === "" },
    typePrefix: { expected: "a string", test: (v) => typeof v === "string" },
    typeSuffix: { expected: "a string", test: (v) => typeof v === "string" },
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
    naming: {
      expected: "an object with string `prefix` and/or `suffix`",
      test: (v) =>
        typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        Object.entries(v).every(([k, x]) => (k === "prefix" || k === "suffix") && typeof x === "string"),
    },
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

/** Flags that override the config file. */
export interface ConfigFlags {
  readonly schema?: string | undefined;
  readonly output?: string | undefined;
  readonly only?: readonly string[] | undefined;
  readonly dialects?: readonly string[] | undefined;
}

/** Checks a loaded config (any shape) and applies flags: parsed → normalized → validated, never thrown. */
export function resolveConfig(
  raw: unknown,
  flags: ConfigFlags,
  root: string,
): { config: ResolvedConfig } | { errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const config = (raw ?? {}) as Record<string, unknown>;
  if (typeof config !== "object" || Array.isArray(config))
    return { errors: [{ path: "(config)", expected: "an object", received: describe(raw) }] };
  for (const key of Object.keys(config)) {
    if (!["schema", "output", "generators"].includes(key))
      errors.push({ path: key, expected: "one of schema, output, generators", received: `an unknown key` });
  }
  for (const key of ["schema", "output"] as const) {
    if (config[key] !== undefined && typeof config[key] !== "string")
      errors.push({ path: key, expected: "a path (string)", received: describe(config[key]) });
  }
  const generators = (config.generators ?? {}) as Record<string, unknown>;
  if (typeof generators !== "object" || Array.isArray(generators))
    errors.push({ path: "generators", expected: "an object", received: describe(config.generators) });
  const chosen = new Map<GeneratorName, Record<string, unknown>>();
  for (const key of Object.keys(generators)) {
    if (!(generatorNames as readonly string[]).includes(key))
      errors.push({
        path: `generators.${key}`,
        expected: `one of ${generatorNames.join(", ")}`,
        received: "an unknown generator",
      });
  }
  for (const name of generatorNames) {
    const options = generators[name];
    if (options === false) continue;
    if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
      errors.push({ path: `generators.${name}`, expected: "an options object or false", received: describe(options) });
      continue;
    }
    const values = { ...(options as Record<string, unknown> | undefined) };
    for (const [key, value] of Object.entries(values)) {
      const spec = optionSpecs[name][key];
      if (!spec)
        errors.push({
          path: `generators.${name}.${key}`,
          expected: `one of ${Object.keys(optionSpecs[name]).join(", ")}`,
          received: "an unknown option",
        });
      else if (value !== undefined && !spec.test(value))
        errors.push({ path: `generators.${name}.${key}`, expected: spec.expected, received: describe(value) });
    }
    chosen.set(name, values);
  }
  applyFlags(chosen, flags, errors);
  if (errors.length > 0) return { errors };
  return {
    config: {
      root,
      schema: flags.schema ?? (config.schema as string | undefined),
      output: flags.output ?? (config.output as string | undefined) ?? "generated",
      generators: chosen,
    },
  };
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
}

/** `generators.sql.dialects[0]: expected ..., received ...`. */
export function formatConfigError(error: ConfigError): string {
  return `${error.path}: expected ${error.expected}, received ${error.received}`;
}
