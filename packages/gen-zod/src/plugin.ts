import { createRequire } from "node:module";
import { defineGenerator, lazyOptionsSchema } from "@cardinal/core";
import type * as zod from "zod";
import { defineZodOptionsSchema } from "./options-schema-definition.js";

/** zod, loaded when first needed (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/**
 * The zod generator as a plugin (`gen`'s `zod`). This entry is small: the generator itself, and ts-morph with it,
 * is imported only when it runs.
 * @example import { zodGenerator } from "@cardinal/gen-zod/plugin";
 */
export const zodGenerator = defineGenerator({
  name: "zod",
  // zod loads when options are first checked (and not for none at all): `gen validate` does without it.
  options: lazyOptionsSchema(() => defineZodOptionsSchema(requireZod()), {}),
  generate: async (model, options) => (await import("./generate-zod.js")).generateZod(model, options),
});
