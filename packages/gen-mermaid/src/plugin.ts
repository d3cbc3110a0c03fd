import { createRequire } from "node:module";
import { defineGenerator, ruledOptionsSchema } from "@cardinal/core";
import { zodSchemaFromRules } from "@cardinal/core/zod-options";
import type * as zod from "zod";
import { mermaidOptionRules } from "./options-rules.js";

/** zod, loaded when options are wrong (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/**
 * The Mermaid generator as a plugin (`gen`'s `mermaid`). Its `docs` option names Markdown files in which `gen` keeps
 * the diagrams between `<!-- cardinal:mermaid:start -->` and `<!-- cardinal:mermaid:end -->` (see `embed`).
 * @example import { mermaidGenerator } from "@cardinal/gen-mermaid/plugin";
 */
export const mermaidGenerator = defineGenerator({
  name: "mermaid",
  // Options that are fine are checked without zod; zod loads only to say what is wrong.
  options: ruledOptionsSchema(mermaidOptionRules, () => zodSchemaFromRules(mermaidOptionRules, requireZod())),
  generate: async (model, { docs: _docs, ...options }) =>
    (await import("./generate-mermaid.js")).generateMermaid(model, options),
  embed: async (markdown, model, { docs: _docs, ...options }) =>
    (await import("./docs/embed.js")).embedMermaid(markdown, model, options),
});
