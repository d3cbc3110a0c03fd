import { lazyOptionsSchema, type OptionsSchema } from "./generator.js";

/*
 * A generator's options as data: what each option accepts and what an error says it expected. Two things are built
 * from one set of rules, so they cannot drift apart:
 * - `acceptOptions`: a check without any library, answering the usual case (options that are fine) in microseconds;
 * - a zod schema (`zodSchemaFromRules` in `@cardinal/core/zod-options`), which reports what is wrong, path by path.
 * `ruledOptionsSchema` joins them: a run whose options are fine never loads zod (about 100 ms of a cold `gen`).
 */

/** A string among a few (`"per-model"` or `"single-file"`). */
export interface OneOfRule<V extends string = string> {
  readonly kind: "oneOf";
  readonly values: readonly [V, ...V[]];
}

/** `true` or `false`. */
export interface BooleanRule {
  readonly kind: "boolean";
}

/** A string, matching `pattern` when there is one; `expected` is what an error says. */
export interface TextRule {
  readonly kind: "text";
  readonly expected: string;
  readonly pattern?: RegExp;
}

/** A whole number above zero. */
export interface PositiveIntegerRule {
  readonly kind: "positiveInteger";
}

/** An array of strings, each passing `item`, and not empty when `nonEmpty`; any problem says `expected`. */
export interface StringListRule<V extends string = string> {
  readonly kind: "stringList";
  readonly expected: string;
  readonly item: (value: string) => value is V;
  readonly nonEmpty: boolean;
}

/** An object of options of its own, refusing keys it does not know (`expected` / `unknownKeys` say so). */
export interface RecordRule<F extends OptionRules = OptionRules> {
  readonly kind: "record";
  readonly fields: F;
  readonly expected: string;
  readonly unknownKeys: string;
}

/** What one option accepts. */
export type OptionRule = OneOfRule | BooleanRule | TextRule | PositiveIntegerRule | StringListRule | RecordRule;

/** The rules of a generator's options, by option name. */
export type OptionRules = { readonly [name: string]: OptionRule };

/** The value type one rule accepts. */
export type RuleValue<R> =
  R extends OneOfRule<infer V>
    ? V
    : R extends BooleanRule
      ? boolean
      : R extends TextRule
        ? string
        : R extends PositiveIntegerRule
          ? number
          : R extends StringListRule<infer V>
            ? readonly V[]
            : R extends RecordRule<infer F>
              ? OptionsOf<F>
              : never;

/** The options a set of rules accepts: every option optional. */
export type OptionsOf<R extends OptionRules> = { readonly [K in keyof R]?: RuleValue<R[K]> };

const anyString = (value: string): value is string => typeof value === "string";

/** The rule builders, e.g. `{ layout: option.oneOf(["per-model", "single-file"]), client: option.boolean() }`. */
export const option = {
  oneOf: <const V extends string>(values: readonly [V, ...V[]]): OneOfRule<V> => ({ kind: "oneOf", values }),
  boolean: (): BooleanRule => ({ kind: "boolean" }),
  text: (expected: string, pattern?: RegExp): TextRule =>
    pattern === undefined ? { kind: "text", expected } : { kind: "text", expected, pattern },
  positiveInteger: (): PositiveIntegerRule => ({ kind: "positiveInteger" }),
  stringList: <V extends string = string>(
    expected: string,
    { item, nonEmpty = false }: { readonly item?: (value: string) => value is V; readonly nonEmpty?: boolean } = {},
  ): StringListRule<V> => ({
    kind: "stringList",
    expected,
    item: item ?? (anyString as (value: string) => value is V),
    nonEmpty,
  }),
  record: <const F extends OptionRules>(
    fields: F,
    { expected, unknownKeys }: { readonly expected: string; readonly unknownKeys: string },
  ): RecordRule<F> => ({ kind: "record", fields, expected, unknownKeys }),
  /** The start of a TypeScript identifier (a type name prefix): empty, or a valid identifier start. */
  identifierStart: (): TextRule =>
    option.text(
      "the start of a TypeScript identifier (letters, digits, _ or $, not starting with a digit)",
      /^(?:[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*)?$/u,
    ),
  /** The rest of a TypeScript identifier (a type name suffix): identifier characters only. */
  identifierPart: (): TextRule =>
    option.text("the rest of a TypeScript identifier (letters, digits, _ or $)", /^[\p{ID_Continue}$\u200C\u200D]*$/u),
};

/** `"a" or "b"`, `"a", "b" or "c"`: what a choice expects. */
export function describeChoices(values: readonly string[]): string {
  return values
    .map((value) => JSON.stringify(value))
    .join(", ")
    .replace(/, ([^,]*)$/, " or $1");
}

/** An object as zod takes one for `z.object`: not null, not an array. */
const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value one rule makes of `value` (arrays and objects copied, as zod does), or `rejected`. */
function acceptValue(rule: OptionRule, value: unknown): unknown {
  switch (rule.kind) {
    case "oneOf":
      return (rule.values as readonly unknown[]).includes(value) ? value : rejected;
    case "boolean":
      return typeof value === "boolean" ? value : rejected;
    case "text":
      return typeof value === "string" && (rule.pattern === undefined || rule.pattern.test(value)) ? value : rejected;
    case "positiveInteger":
      return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : rejected;
    case "stringList":
      return Array.isArray(value) && (!rule.nonEmpty || value.length > 0) && everyString(value, rule.item)
        ? [...value]
        : rejected;
    case "record":
      return isObject(value) ? (acceptFields(rule.fields, value) ?? rejected) : rejected;
  }
}

const rejected = Symbol("rejected");

/** Every index holds a string passing `item` (a hole is `undefined`, as zod reads it: not a string). */
function everyString(values: readonly unknown[], item: (value: string) => boolean): boolean {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (typeof value !== "string" || !item(value)) return false;
  }
  return true;
}

/** The known options of `value` when every one is fine and there is no other; undefined otherwise. */
function acceptFields(
  rules: OptionRules,
  value: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  for (const key of Object.keys(value)) if (!Object.hasOwn(rules, key)) return undefined;
  const accepted: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(rules)) {
    if (!Object.hasOwn(value, key)) continue;
    const result = acceptValue(rule, value[key]);
    if (result === rejected) return undefined;
    accepted[key] = result;
  }
  return accepted;
}

/**
 * The options `value` gives when every rule accepts it and it has no other key: what the rules' zod schema would
 * parse it to (known keys in rule order, arrays and objects copied). Undefined when anything is wrong or unknown: the
 * zod schema then says what.
 * @example acceptOptions({ client: option.boolean() }, { client: false }) // { client: false }
 */
export function acceptOptions<R extends OptionRules>(rules: R, value: unknown): OptionsOf<R> | undefined {
  return isObject(value) ? (acceptFields(rules, value) as OptionsOf<R> | undefined) : undefined;
}

/**
 * An options schema from rules: options the rules accept are answered at once, without any library; anything else
 * goes to `load()` (the same rules as a zod schema, loaded on first need), which reports what is wrong. `shape` lists
 * the options without loading anything.
 * @example options: ruledOptionsSchema(sqlOptionRules, () => zodSchemaFromRules(sqlOptionRules, requireZod()))
 */
export function ruledOptionsSchema<R extends OptionRules>(
  rules: R,
  load: () => OptionsSchema<OptionsOf<R>>,
): OptionsSchema<OptionsOf<R>> {
  const reporter = lazyOptionsSchema(load);
  return {
    safeParse(value) {
      const accepted = acceptOptions(rules, value);
      return accepted !== undefined ? { success: true, data: accepted } : reporter.safeParse(value);
    },
    shape: rules,
  };
}

/**
 * `true` when rules accept exactly the options type `O`, `false` otherwise: a generator states
 * `true satisfies OptionsMatch<typeof rules, SqlOptions>` so that its rules and its documented options cannot differ.
 */
export type OptionsMatch<R extends OptionRules, O> = [OptionsOf<R>] extends [O]
  ? [O] extends [OptionsOf<R>]
    ? true
    : false
  : false;
