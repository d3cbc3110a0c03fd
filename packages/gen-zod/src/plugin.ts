import { defineGenerator } from "@cardinal/core";
import { zodOptionsSchema } from "./options-schema.js";

/**
 * The zod generator as a plugin (`gen`'s `zod`). This entry is small: the generator itself, and ts-morph with it,
 * is imported only when it runs.
 * @example import { zodGenerator } from "@cardinal/gen-zod/plugin";
 */
export const zodGenerator = defineGenerator({
  name: "zod",
  options: zodOptionsSchema,
  generate: async (model, options) => (await import("./generate-zod.js")).generateZod(model, options),
});
