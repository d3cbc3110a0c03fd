import { createRequire } from "node:module";
import { defineGenerator, ruledOptionsSchema } from "@cardinal/core";
import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import type * as zod from "zod";
import { zodOptionRules } from "./options-rules.js";

/** zod, loaded when options are wrong (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/**
 * The zod generator as a plugin (`gen`'s `zod`). This entry is small: the generator itself, and ts-morph with it,
 * is imported only when it runs.
 * @example import { zodGenerator } from "@cardinal/gen-zod/plugin";
 */
export const zodGenerator = defineGenerator({
  name: "zod",
  // Options that are fine are checked without zod; zod loads only to say what is wrong.
  options: ruledOptionsSchema(zodOptionRules, () => zodSchemaFromRules(zodOptionRules, requireZod())),
  generate: async (model, options) => (await import("./generate-zod.js")).generateZod(model, options),
});
