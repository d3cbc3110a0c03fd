import type * as zod from "zod";
import { type SqlDialect, type SqlOptions, sqlDialects } from "./options.js";

/**
 * Builds the sql generator's options schema with the zod it is given: `sqlOptionsSchema` (zod imported as usual), or the
 * plugin's, which loads zod only when options are first checked.
 */
export function defineSqlOptionsSchema(z: typeof zod.z) {
  const dialectsExpected = `an array of ${sqlDialects.map((d) => JSON.stringify(d)).join(", ")}`;

  /** A non-empty list of known dialects; checked as a whole, so an error names `dialects`, not one item. */
  const isDialectList = (value: unknown): value is readonly SqlDialect[] =>
    Array.isArray(value) && value.length > 0 && value.every((d) => (sqlDialects as readonly unknown[]).includes(d));

  /**
   * The options of the SQL generator as a zod schema. Each message is what `gen` prints after `expected`
   * (`generators.sql.dialects: expected an array of "postgresql", "mysql", "sqlite", received ...`).
   */
  return z.object({
    // An array first (a value that is no array is refused for its type), then checked as a whole.
    dialects: z
      .array(z.unknown(), { error: dialectsExpected })
      .refine(isDialectList, { error: dialectsExpected })
      .transform((value) => value as readonly SqlDialect[])
      .exactOptional(),
    comments: z.boolean({ error: "true or false" }).exactOptional(),
  }) satisfies zod.ZodType<SqlOptions>;
}
