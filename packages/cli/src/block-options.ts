import { dirname, resolve } from "node:path";
import type { GeneratorConfig, GeneratorProperty } from "@cardinal/core";
import { type ConfigError, type GeneratorName, generatorNames, generatorOptionNames } from "./config.js";
import { describeValue } from "./config-values.js";

/** Keys of a generator block that belong to Prisma, not to Cardinal: read by Prisma, ignored here. */
const prismaKeys = new Set(["provider", "previewFeatures", "binaryTargets", "engineType"]);

/** Options whose block value is a list: a Prisma list `["a", "b"]` or a comma-separated string `"a,b"`. */
const listOptions = new Set(["sql.dialects", "mermaid.include", "mermaid.exclude"]);
/** Options whose block value `true`/`false` (bare or quoted) is a boolean. */
const booleanOptions = new Set(["types.client", "mermaid.comments", "mermaid.compat", "sql.comments"]);
/** Options whose block value is a whole number. */
const integerOptions = new Set(["mermaid.maxCharacters"]);

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
 * @param root the project folder: the block's `file` is relative to it.
 */
export function readBlockOptions(block: GeneratorConfig, root: string): BlockOptions {
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
      const bad = only?.find((name) => !(generatorNames as readonly string[]).includes(name));
      if (only === undefined || bad !== undefined)
        error(property, `a comma-separated list of ${generatorNames.join(", ")}`);
    } else {
      const target = optionOf(key);
      if (target === undefined) {
        error(property, keyExpectation, "an unknown key");
        continue;
      }
      const [generator, option, part] = target;
      const options = config.generators[generator] ?? {};
      config.generators[generator] = options;
      const path = `generators.${generator}.${option}${part === undefined ? "" : `.${part}`}`;
      if (keys.has(path)) error(property, `one of ${key} and ${generator}_${option} (both set ${path})`, "both");
      keys.set(path, property);
      const converted = convert(`${generator}.${option}`, value);
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

/** `sql_dialects` → sql, dialects; `zod_naming_prefix` → zod, naming, prefix; `dialects` → sql, dialects. */
function optionOf(key: string): [GeneratorName, string, string?] | undefined {
  if (key === "dialects") return ["sql", "dialects"];
  const [name = "", option = "", part, ...rest] = key.split("_");
  const generator = generatorNames.find((candidate) => candidate === name);
  if (generator === undefined || rest.length > 0 || !generatorOptionNames(generator).includes(option)) return undefined;
  if (part !== undefined && !(generator === "zod" && option === "naming")) return undefined;
  if (generator === "zod" && option === "naming" && part === undefined) return undefined;
  return part === undefined ? [generator, option] : [generator, option, part];
}

function asList(value: string | readonly string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = typeof value === "string" ? value.split(",") : value;
  return items.map((item) => item.trim()).filter(Boolean);
}

/** A block value (always text) as the type the option takes; what cannot be converted is left for the check. */
function convert(option: string, value: string | readonly string[] | undefined): unknown {
  if (listOptions.has(option)) return asList(value);
  if (typeof value !== "string") return value === undefined ? undefined : [...value];
  if (booleanOptions.has(option) && (value === "true" || value === "false")) return value === "true";
  if (integerOptions.has(option) && /^-?\d+$/.test(value)) return Number(value);
  return value;
}
