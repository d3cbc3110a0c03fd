import type { Diagnostic } from "./diagnostics/diagnostic.js";
import type { SchemaModel } from "./model/types.js";

/** A file a generator produces: a path relative to the generator's output folder, and its full text. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** What a generator returns: files, and diagnostics for what it could not generate (e.g. SQL for MongoDB). */
export interface GeneratorResult {
  readonly files: readonly GeneratedFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The generator contract: a pure function from a valid relation model and options to files. No file system,
 * no console, no clock; the same input gives the same bytes.
 */
export type Generator<Options> = (model: SchemaModel, options: Options) => GeneratorResult;

/**
 * One problem an options schema found: where in the options (`["naming", "prefix"]`) and what was expected
 * (`"true or false"`). `keys` lists unknown keys when the problem is keys the schema does not know (zod's
 * `unrecognized_keys`): each is then reported at its own path.
 */
export interface OptionsIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  /** What kind of problem (zod's `code`): `invalid_type` when the value is not even of the option's type. */
  readonly code?: string;
}

/**
 * What a generator's `options` must be: anything with zod's `safeParse` (a zod 4 schema is one as it is). Core
 * asks for this shape instead of depending on zod, so it stays free of runtime dependencies; a generator brings
 * the validation library it likes. `shape` (a zod object's) lists the options a generator takes: with it, the CLI
 * refuses unknown options by name.
 * @example import { z } from "zod"; const options: OptionsSchema<{ camelCase?: boolean }> = z.object({ camelCase: z.boolean().optional() });
 */
export interface OptionsSchema<Options> {
  safeParse(
    value: unknown,
  ):
    | { readonly success: true; readonly data: Options }
    | { readonly success: false; readonly error: { readonly issues: readonly OptionsIssue[] } };
  readonly shape?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * An options schema loaded on first use: `load` runs once, when options are first checked, not when the plugin is
 * imported, so a command that checks none (`gen validate` with no options configured) loads no validation library.
 * `whenEmpty` is the parsed value of no options at all (`{}`), answered without loading: give it only when the
 * schema's own answer for `{}` is exactly that (every option optional, no defaults), as the built-in generators do.
 * @example options: lazyOptionsSchema(() => require("./options-schema.js").sqlOptionsSchema, {})
 */
export function lazyOptionsSchema<Options>(
  load: () => OptionsSchema<Options>,
  whenEmpty?: Options,
): OptionsSchema<Options> {
  let loaded: OptionsSchema<Options> | undefined;
  const schema = () => {
    loaded ??= load();
    return loaded;
  };
  return {
    safeParse(value) {
      const empty = whenEmpty !== undefined && isEmptyRecord(value);
      return empty ? { success: true, data: whenEmpty } : schema().safeParse(value);
    },
    get shape() {
      return schema().shape;
    },
  };
}

function isEmptyRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** One block between a plugin's markers in a Markdown file: its start marker's 1-based line, its text now and due. */
export interface EmbeddedBlock {
  readonly line: number;
  readonly current: string;
  readonly expected: string;
  readonly changed: boolean;
}

/** What `embed` returns: the Markdown with every block up to date (the input when there are errors), located errors. */
export interface EmbedResult {
  readonly content: string;
  readonly blocks: readonly EmbeddedBlock[];
  readonly errors: readonly { readonly line: number; readonly column: number; readonly message: string }[];
}

/**
 * A generator plugin: a name, an options schema and a pure `generate`. The four built-in generators are plugins
 * (`typesGenerator` from `@cardinal/gen-types/plugin`, ...), and so is any generator a project names in its config.
 */
export interface GeneratorPlugin<Options = unknown> {
  // Methods, not function properties: a plugin of specific options is then usable where any plugin is expected.
  /** The generator's name: its default output folder and what `--only` takes. Letters, digits and `-`. */
  readonly name: string;
  /** Validates the options a project configures (without `output`, which the CLI owns). */
  readonly options: OptionsSchema<Options>;
  /**
   * Files from a valid relation model and the validated options. Pure: no file system, no console, no clock. May
   * return a Promise, so a plugin can import its heavy code only when it runs (`--only sql` loads no ts-morph).
   */
  generate(model: SchemaModel, options: Options): GeneratorResult | Promise<GeneratorResult>;
  /**
   * Why the generator does not apply to a schema with these options (SQL on MongoDB; SQL on SQL Server unless
   * `dialects` names one), or undefined when it does: the CLI then skips it with this one line and leaves its output
   * folder alone. The CLI passes the validated options; a caller without them may leave them out (the defaults).
   * @default always applies
   */
  notApplicable?(model: SchemaModel, options?: Options): string | undefined;
  /**
   * Keeps this generator's output inside Markdown files the project owns (the `docs` option: `gen` reads the files,
   * `gen check` reports stale blocks), as the Mermaid generator does between its markers. Pure, like `generate`.
   * @default no embedding
   */
  embed?(markdown: string, model: SchemaModel, options: Options): EmbedResult | Promise<EmbedResult>;
}

/**
 * Declares a generator plugin; returns it unchanged, typed (options inferred from the schema).
 * @example
 * import { defineGenerator } from "@cardinal/core";
 * import { z } from "zod";
 * export default defineGenerator({
 *   name: "names",
 *   options: z.object({ upper: z.boolean().optional() }),
 *   generate: (model, options) => ({
 *     files: [{ path: "names.txt", content: `${model.models.map((m) => (options.upper ? m.name.toUpperCase() : m.name)).join("\n")}\n` }],
 *     diagnostics: [],
 *   }),
 * });
 */
export function defineGenerator<Options>(plugin: GeneratorPlugin<Options>): GeneratorPlugin<Options> {
  return plugin;
}

/** Whether a value has the shape of a generator plugin (a name, an options schema and a `generate` function). */
export function isGeneratorPlugin(value: unknown): value is GeneratorPlugin {
  if (typeof value !== "object" || value === null) return false;
  const { name, options, generate } = value as Record<string, unknown>;
  return (
    typeof name === "string" &&
    typeof generate === "function" &&
    typeof options === "object" &&
    options !== null &&
    typeof (options as Record<string, unknown>).safeParse === "function"
  );
}
