import type * as zod from "zod";
import { describeChoices, type OptionRule, type OptionRules, type OptionsOf } from "./options-rules.js";

/** A zod schema of a generator's options, with `shape` (one entry per option) as zod objects have. */
export type ZodOptionsSchema<R extends OptionRules> = zod.ZodType<OptionsOf<R>> & {
  readonly shape: { readonly [K in keyof R]: zod.ZodType };
};

/**
 * The zod schema of a set of option rules (see `option` in `@cardinal/core`), built with the zod it is given. Each
 * error message is the rule's `expected`, what `gen` prints after `expected`:
 * `generators.types.layout: expected "per-model" or "single-file", received string "flat"`.
 * @example export const sqlOptionsSchema = zodSchemaFromRules(sqlOptionRules, z);
 */
export function zodSchemaFromRules<R extends OptionRules>(rules: R, z: typeof zod.z): ZodOptionsSchema<R> {
  return z.object(zodFields(rules, z)) as unknown as ZodOptionsSchema<R>;
}

function zodFields(rules: OptionRules, z: typeof zod.z): Record<string, zod.ZodType> {
  return Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, zodRule(rule, z).exactOptional()]));
}

function zodRule(rule: OptionRule, z: typeof zod.z): zod.ZodType {
  switch (rule.kind) {
    case "oneOf":
      return z.enum(rule.values, { error: describeChoices(rule.values) });
    case "boolean":
      return z.boolean({ error: "true or false" });
    case "text": {
      const text = z.string({ error: rule.expected });
      return rule.pattern === undefined ? text : text.regex(rule.pattern, { error: rule.expected });
    }
    case "positiveInteger": {
      const error = "a positive integer";
      return z.number({ error }).int({ error }).positive({ error });
    }
    case "stringList":
      // An array first (a value that is no array is refused for its type), then its items as a whole: one message.
      return z
        .array(z.unknown(), { error: rule.expected })
        .refine(
          (values) =>
            (!rule.nonEmpty || values.length > 0) &&
            values.every((value) => typeof value === "string" && rule.item(value)),
          { error: rule.expected },
        );
    case "record":
      return z.strictObject(zodFields(rule.fields, z), {
        error: (issue) => (issue.code === "unrecognized_keys" ? rule.unknownKeys : rule.expected),
      });
  }
}
