import { type OptionsMatch, option } from "@cardinal/core";
import { type SqlDialect, type SqlOptions, sqlDialects } from "./options.js";

/**
 * The SQL generator's options as rules: `gen` checks them without loading zod when they are fine, and the same rules
 * as a zod schema (`sqlOptionsSchema`) say what is wrong when they are not.
 */
export const sqlOptionRules = {
  dialects: option.stringList(`an array of ${sqlDialects.map((d) => JSON.stringify(d)).join(", ")}`, {
    item: (dialect): dialect is SqlDialect => (sqlDialects as readonly string[]).includes(dialect),
    nonEmpty: true,
  }),
  comments: option.boolean(),
};

true satisfies OptionsMatch<typeof sqlOptionRules, SqlOptions>;
