import { createRequire } from "node:module";
import { defineGenerator, ruledOptionsSchema } from "@cardinal/core";
import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import type * as zod from "zod";
import { typesOptionRules } from "./options-rules.js";

/** zod, loaded when options are wrong (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/**
 * The types generator as a plugin (`gen`'s `types`). This entry is small: the generator itself, and ts-morph with
 * it, is imported only when it runs.
 * @example import { typesGenerator } from "@cardinal/gen-types/plugin";
 */
export const typesGenerator = defineGenerator({
  name: "types",
  // Options that are fine are checked without zod; zod loads only to say what is wrong.
  options: ruledOptionsSchema(typesOptionRules, () => zodSchemaFromRules(typesOptionRules, requireZod())),
  generate: async (model, options) => (await import("./generate-types.js")).generateTypes(model, options),
});
