import { type GeneratorPlugin, isGeneratorPlugin, type OptionsIssue } from "@cardinal/core";
import type { ConfigError } from "./config.js";
import { describeValue } from "./config-values.js";

/** Keys of a generator's entry that belong to `gen`, not to the plugin: where it writes, and which plugin it is. */
const ownKeys = ["use", "output"];

/** What `generators.<name>.use` takes, said in errors. */
export const useExpected = "a generator plugin (made with defineGenerator) or a module specifier that exports one";

/** A generator's entry checked: the plugin to run (undefined when `use` is wrong) and its options as given. */
export interface CheckedEntry {
  readonly plugin: GeneratorPlugin | undefined;
  readonly errors: readonly ConfigError[];
}

/**
 * Checks one entry of `generators` (an object): `use` (a plugin; a module specifier must have been loaded before,
 * see `loadPluginModules`), `output`, then every other key with the plugin's own options schema. Unknown options
 * are refused by name when the schema lists its options (`shape`, as zod objects do).
 * @param builtin the built-in generator of this name, used when `use` is not given
 */
export function checkEntry(
  name: string,
  entry: Readonly<Record<string, unknown>>,
  builtin: GeneratorPlugin | undefined,
): CheckedEntry {
  const path = `generators.${name}`;
  const errors: ConfigError[] = [];
  const { use, output, ...options } = entry;
  const plugin = use === undefined ? builtin : isGeneratorPlugin(use) ? use : undefined;
  if (use !== undefined && plugin === undefined)
    errors.push({ path: `${path}.use`, expected: useExpected, received: describeValue(use) });
  if (output !== undefined && typeof output !== "string")
    errors.push({ path: `${path}.output`, expected: "a folder path (string)", received: describeValue(output) });
  if (plugin === undefined) return { plugin, errors };
  const given = withoutUndefined(options);
  // The schema's option list is read only when options are given (a lazy schema then loads).
  const shape = Object.keys(given).length > 0 ? plugin.options.shape : undefined;
  const known = shape === undefined ? undefined : Object.keys(shape);
  for (const key of Object.keys(given)) {
    if (known === undefined || known.includes(key)) continue;
    const keys = [...(use === undefined ? [] : ["use"]), "output", ...known];
    errors.push({ path: `${path}.${key}`, expected: `one of ${keys.join(", ")}`, received: "an unknown option" });
    delete given[key];
  }
  const parsed = plugin.options.safeParse(given);
  if (!parsed.success) errors.push(...parsed.error.issues.flatMap((issue) => located(path, issue, given)));
  return { plugin, errors };
}

/**
 * The options a plugin runs with: the entry without `use` and `output`, parsed by its schema (defaults a schema
 * fills in included). The entry was checked by `checkEntry`; a failure here is a bug.
 */
export function parseOptions(plugin: GeneratorPlugin, entry: Readonly<Record<string, unknown>>): unknown {
  const options = Object.fromEntries(Object.entries(entry).filter(([key]) => !ownKeys.includes(key)));
  const parsed = plugin.options.safeParse(withoutUndefined(options));
  if (!parsed.success) throw new Error(`internal error: the options of ${plugin.name} were checked but do not parse`);
  return parsed.data;
}

/** One issue as config errors; an issue listing unknown keys (zod's `unrecognized_keys`) gives one error per key. */
function located(base: string, issue: OptionsIssue, options: unknown): ConfigError[] {
  const at = (path: readonly PropertyKey[]) => `${base}${path.map(segment).join("")}`;
  if (issue.keys !== undefined && issue.keys.length > 0)
    return issue.keys.map((key) => ({
      path: at([...issue.path, key]),
      expected: issue.message,
      received: "an unknown key",
    }));
  return [{ path: at(issue.path), expected: issue.message, received: describeValue(valueAt(options, issue.path)) }];
}

const segment = (key: PropertyKey) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`);

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Plain objects without their `undefined` values, at any depth: an option set to `undefined` is an option not set,
 * as it always was in a config file (`layout: process.env.LAYOUT`).
 */
function withoutUndefined(
  value: Readonly<Record<string, unknown>>,
  seen: WeakSet<object> = new WeakSet(),
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    // A circular object is kept as it is: the schema reports it.
    kept[key] = isPlainObject(item) && !seen.has(item) ? withoutUndefined(item, seen) : item;
  }
  return kept;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
