import { dirname, resolve } from "node:path";
import type { GeneratorConfig, GeneratorPlugin, GeneratorProperty } from "@cardinal/core";
import type { ConfigError, GeneratorName } from "./config.js";
import { describeValue } from "./config-values.js";
import { builtinGenerator, optionShortcuts } from "./registry.js";

/** Keys of a generator block that belong to Prisma, not to Cardinal: read by Prisma, ignored here. */
const prismaKeys = new Set(["provider", "previewFeatures", "binaryTargets", "engineType"]);

/** Block keys that are short for another: `dialects` is `sql_dialects`, as `--dialect` is. */
const aliases: Readonly<Record<string, string>> = {
  dialects: `${optionShortcuts.dialects.generator}_${optionShortcuts.dialects.option}`,
};

/** A generator block's options as a config object, and where each came from. */
export interface BlockOptions {
  /** A config object (`output` absolute, `generators`), to check and merge like a config file's. */
  readonly config: { output?: string; generators: Record<string, Record<string, unknown>> };
  /** `only`: the generators to run. */
  readonly only: readonly string[] | undefined;
  /** Problems of the block's own keys (unknown key, bad `only`), located. */
  readonly errors: readonly ConfigError[];
  /** The config path (`generators.sql.dialects`) of each block key, for locating the config's checks. */
  readonly keys: ReadonlyMap<string, GeneratorProperty>;
}

/**
 * Reads Cardinal's options from a `generator` block. Keys: `output` (relative to the file of the block, as Prisma
 * reads it), `only` (`"types,zod"`), `dialects` (SQL's dialects), and `<generator>_<option>` for any option a config
 * file takes (`sql_dialects`, `zod_dateTime`, `mermaid_direction`, `types_output`, `zod_naming_prefix`). Prisma's
 * own keys (`provider`, `previewFeatures`, `binaryTargets`, `engineType`) are left to Prisma.
 * A value is read as the option takes it (a list, a boolean, a whole number or a string), as its plugin's schema says.
 * @param root the project folder: the block's `file` is relative to it.
 * @param plugins the generators the block may set options of, by name
 */
export function readBlockOptions(
  block: GeneratorConfig,
  root: string,
  plugins: ReadonlyMap<GeneratorName, GeneratorPlugin>,
): BlockOptions {
  const config: BlockOptions["config"] = { generators: {} };
  const keys = new Map<string, GeneratorProperty>();
  const errors: ConfigError[] = [];
  let only: string[] | undefined;
  const error = (property: GeneratorProperty, expected: string, received = describeValue(property.value)) =>
    errors.push({ path: blockPath(block, property), expected, received });
  for (const property of block.properties) {
    const { key, value } = property;
    if (prismaKeys.has(key)) continue;
    if (value === undefined) {
      error(
        property,
        "a string, a number, true, false or a list of strings",
        "a value Cardinal cannot read (env(), an object)",
      );
      continue;
    }
    if (key === "output") {
      if (typeof value !== "string") error(property, "a folder path (string)");
      else config.output = resolve(root, dirname(block.location.file), value);
    } else if (key === "only") {
      only = asList(value);
      const bad = only?.find((name) => !plugins.has(name));
      if (only === undefined || bad !== undefined)
        error(property, `a comma-separated list of ${[...plugins.keys()].join(", ")}`);
    } else {
      const target = optionOf(aliases[key] ?? key, plugins);
      if (target === undefined) {
        error(property, keyExpectation, "an unknown key");
        continue;
      }
      const [generator, option, part] = target;
      // A plugin of the config file's own is named with `use`, so the block's options are checked alone too.
      const plugin = plugins.get(generator);
      const options = config.generators[generator] ?? (plugin === builtinGenerator(generator) ? {} : { use: plugin });
      config.generators[generator] = options;
      const path = `generators.${generator}.${option}${part === undefined ? "" : `.${part}`}`;
      if (keys.has(path)) error(property, `one of ${key} and ${generator}_${option} (both set ${path})`, "both");
      keys.set(path, property);
      const converted = convert(plugins.get(generator), [option, ...(part === undefined ? [] : [part])], value);
      if (part === undefined) options[option] = converted;
      else options[option] = { ...(options[option] as object | undefined), [part]: converted };
    }
  }
  return { config, only, errors, keys };
}

const keyExpectation =
  "one of output, only, dialects, or <generator>_<option> such as sql_dialects, zod_dateTime, mermaid_direction";

/** `generator cardinal` at `prisma/schema.prisma:12:3`, key `sql_dialects`. */
export function blockPath(block: GeneratorConfig, property: GeneratorProperty): string {
  const { file, range } = property.location;
  return `${file}:${range.start.line + 1}:${range.start.character + 1}: generator ${block.name}: ${property.key}`;
}

/** `sql_dialects` → sql, dialects; `zod_naming_prefix` → zod, naming, prefix; undefined for an unknown key. */
function optionOf(
  key: string,
  plugins: ReadonlyMap<GeneratorName, GeneratorPlugin>,
): [GeneratorName, string, string?] | undefined {
  const [name = "", option = "", part, ...rest] = key.split("_");
  const plugin = plugins.get(name);
  if (plugin === undefined || option === "" || part === "" || rest.length > 0) return undefined;
  const shape = plugin.options.shape;
  if (option !== "output" && shape !== undefined && !Object.hasOwn(shape, option)) return undefined;
  if (option === "output" && part !== undefined) return undefined;
  return part === undefined ? [name, option] : [name, option, part];
}

function asList(value: string | readonly string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = typeof value === "string" ? value.split(",") : value;
  return items.map((item) => item.trim()).filter(Boolean);
}

/**
 * A block value (always text, or a list of text) as the type the option takes: the first reading the plugin's
 * schema accepts, of a list (a Prisma list, or text with a comma), `true`/`false`, a whole number, the text, and a
 * list of the text alone. When none is accepted, the first the schema refused for its value rather than its type
 * (`sql_dialects = "oracle"`: a list, of an unknown dialect) is kept for the config's check to report.
 */
function convert(
  plugin: GeneratorPlugin | undefined,
  path: readonly [string, ...string[]],
  value: string | readonly string[] | undefined,
): unknown {
  if (value === undefined) return undefined;
  if (typeof value !== "string") return asList(value);
  if (path[0] === "output" || plugin === undefined) return value;
  const readings: unknown[] = [];
  if (value.includes(",")) readings.push(asList(value));
  if (value === "true" || value === "false") readings.push(value === "true");
  if (/^-?\d+$/.test(value)) readings.push(Number(value));
  readings.push(value, asList(value));
  const fits = readings.map((reading) => fitness(plugin, path, reading));
  const best = Math.max(...fits);
  return readings[fits.indexOf(best)];
}

/**
 * How well a plugin's schema takes this value at this option path (the other options left out): 2 accepted, 1
 * refused for its value, 0 refused for its type (an issue with code `invalid_type`).
 */
function fitness(plugin: GeneratorPlugin, path: readonly string[], value: unknown): number {
  const options = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  const parsed = plugin.options.safeParse(options);
  if (parsed.success) return 2;
  const issues = parsed.error.issues.filter((issue) => issue.path[0] === path[0]);
  if (issues.length === 0) return 2;
  return issues.some((issue) => issue.code === "invalid_type") ? 0 : 1;
}
