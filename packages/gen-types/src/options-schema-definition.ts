import type * as zod from "zod";
import type { TypesOptions } from "./options.js";

/**
 * Builds the types generator's options schema with the zod it is given: `typesOptionsSchema` (zod imported as usual), or the
 * plugin's, which loads zod only when options are first checked.
 */
export function defineTypesOptionsSchema(z: typeof zod.z) {
  /** `typePrefix` begins an identifier: empty, or a valid identifier start. */
  const identifierStart = /^(?:[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*)?$/u;
  /** `typeSuffix` ends one: identifier characters only. */
  const identifierPart = /^[\p{ID_Continue}$\u200C\u200D]*$/u;

  /** `"a" or "b"`, `"a", "b" or "c"`: what a choice expects. */
  const choices = (values: readonly string[]) =>
    values
      .map((value) => JSON.stringify(value))
      .join(", ")
      .replace(/, ([^,]*)$/, " or $1");

  /** One of a few strings, every error saying which (`"Date" or "string"`). */
  const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: choices(values) }).exactOptional();

  /** A string matching `pattern`, every error saying `expected`. */
  const matching = (pattern: RegExp, expected: string) =>
    z.string({ error: expected }).regex(pattern, { error: expected }).exactOptional();

  /**
   * The options of the types generator as a zod schema. Each message is what `gen` prints after `expected`
   * (`generators.types.layout: expected "per-model" or "single-file", received string "flat"`).
   */
  return z.object({
    layout: oneOf(["per-model", "single-file"]),
    importExtension: oneOf([".js", ""]),
    typePrefix: matching(
      identifierStart,
      "the start of a TypeScript identifier (letters, digits, _ or $, not starting with a digit)",
    ),
    typeSuffix: matching(identifierPart, "the rest of a TypeScript identifier (letters, digits, _ or $)"),
    dateTime: oneOf(["Date", "string"]),
    decimal: oneOf(["string", "number"]),
    client: z.boolean({ error: "true or false" }).exactOptional(),
    server: z.boolean({ error: "true or false" }).exactOptional(),
  }) satisfies zod.ZodType<TypesOptions>;
}
