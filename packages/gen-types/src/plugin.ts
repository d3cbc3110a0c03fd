import { createRequire } from "node:module";
import { defineGenerator, lazyOptionsSchema } from "@cardinal/core";
import type * as zod from "zod";
import { defineTypesOptionsSchema } from "./options-schema-definition.js";

/** zod, loaded when first needed (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/**
 * The types generator as a plugin (`gen`'s `types`). This entry is small: the generator itself, and ts-morph with
 * it, is imported only when it runs.
 * @example import { typesGenerator } from "@cardinal/gen-types/plugin";
 */
export const typesGenerator = defineGenerator({
  name: "types",
  // zod loads when options are first checked (and not for none at all): `gen validate` does without it.
  options: lazyOptionsSchema(() => defineTypesOptionsSchema(requireZod()), {}),
  generate: async (model, options) => (await import("./generate-types.js")).generateTypes(model, options),
});
