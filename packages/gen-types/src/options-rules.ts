import { type OptionsMatch, option } from "@cardinal/core";
import type { TypesOptions } from "./options.js";

/**
 * The types generator's options as rules: `gen` checks them without loading zod when they are fine, and the same
 * rules as a zod schema (`typesOptionsSchema`) say what is wrong when they are not.
 */
export const typesOptionRules = {
  layout: option.oneOf(["per-model", "single-file"]),
  importExtension: option.oneOf([".js", ""]),
  typePrefix: option.identifierStart(),
  typeSuffix: option.identifierPart(),
  dateTime: option.oneOf(["Date", "string"]),
  decimal: option.oneOf(["string", "number"]),
  client: option.boolean(),
  server: option.boolean(),
};

true satisfies OptionsMatch<typeof typesOptionRules, TypesOptions>;
