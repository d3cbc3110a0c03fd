import { defineGenerator } from "@cardinal/core";
import { typesOptionsSchema } from "./options-schema.js";

/**
 * The types generator as a plugin (`gen`'s `types`). This entry is small: the generator itself, and ts-morph with
 * it, is imported only when it runs.
 * @example import { typesGenerator } from "@cardinal/gen-types/plugin";
 */
export const typesGenerator = defineGenerator({
  name: "types",
  options: typesOptionsSchema,
  generate: async (model, options) => (await import("./generate-types.js")).generateTypes(model, options),
});
