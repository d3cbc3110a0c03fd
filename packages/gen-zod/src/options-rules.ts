import { type OptionsMatch, option } from "@cardinal/core";
import type { ZodOptions } from "./options.js";

/**
 * The zod generator's options as rules: `gen` checks them without loading zod when they are fine, and the same
 * rules as a zod schema (`zodOptionsSchema`) say what is wrong when they are not.
 */
export const zodOptionRules = {
  layout: option.oneOf(["per-model", "single-file"]),
  importExtension: option.oneOf([".js", ""]),
  dateTime: option.oneOf(["date", "coerce", "string"]),
  decimal: option.oneOf(["string", "number"]),
  naming: option.record(
    { prefix: option.identifierStart(), suffix: option.identifierPart() },
    { expected: "an object with `prefix` and/or `suffix`", unknownKeys: "prefix or suffix" },
  ),
};

true satisfies OptionsMatch<typeof zodOptionRules, ZodOptions>;
