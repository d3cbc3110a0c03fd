import type * as zod from "zod";
import type { ZodOptions } from "./options.js";

/**
 * Builds the zod generator's options schema with the zod it is given: `zodOptionsSchema` (zod imported as usual), or the
 * plugin's, which loads zod only when options are first checked.
 */
export function defineZodOptionsSchema(z: typeof zod.z) {
  /** `naming.prefix` begins an identifier: empty, or a valid identifier start. */
  const identifierStart = /^(?:[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*)?$/u;
  /** `naming.suffix` ends one: identifier characters only. */
  const identifierPart = /^[\p{ID_Continue}$\u200C\u200D]*$/u;

  /** `"a" or "b"`, `"a", "b" or "c"`: what a choice expects. */
  const choices = (values: readonly string[]) =>
    values
      .map((value) => JSON.stringify(value))
      .join(", ")
      .replace(/, ([^,]*)$/, " or $1");

  /** One of a few strings, every error saying which. */
  const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: choices(values) }).exactOptional();

  /** A string matching `pattern`, every error saying `expected`. */
  const matching = (pattern: RegExp, expected: string) =>
    z.string({ error: expected }).regex(pattern, { error: expected }).exactOptional();

  /** `naming`: only `prefix` and `suffix`, each an identifier part; an unknown key is named in its own error. */
  const naming = z.strictObject(
    {
      prefix: matching(
        identifierStart,
        "the start of a TypeScript identifier (letters, digits, _ or $, not starting with a digit)",
      ),
      suffix: matching(identifierPart, "the rest of a TypeScript identifier (letters, digits, _ or $)"),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? "prefix or suffix" : "an object with `prefix` and/or `suffix`",
    },
  );

  /**
   * The options of the zod generator as a zod schema. Each message is what `gen` prints after `expected`
   * (`generators.zod.dateTime: expected "date", "coerce" or "string", received string "iso"`).
   */
  return z.object({
    layout: oneOf(["per-model", "single-file"]),
    importExtension: oneOf([".js", ""]),
    dateTime: oneOf(["date", "coerce", "string"]),
    decimal: oneOf(["string", "number"]),
    naming: naming.exactOptional(),
  }) satisfies zod.ZodType<ZodOptions>;
}
