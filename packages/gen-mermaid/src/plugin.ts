import { defineGenerator } from "@cardinal/core";
import { mermaidOptionsSchema } from "./options-schema.js";

/**
 * The Mermaid generator as a plugin (`gen`'s `mermaid`). Its `docs` option names Markdown files in which `gen` keeps
 * the diagrams between `<!-- cardinal:mermaid:start -->` and `<!-- cardinal:mermaid:end -->` (see `embed`).
 * @example import { mermaidGenerator } from "@cardinal/gen-mermaid/plugin";
 */
export const mermaidGenerator = defineGenerator({
  name: "mermaid",
  options: mermaidOptionsSchema,
  generate: async (model, { docs: _docs, ...options }) =>
    (await import("./generate-mermaid.js")).generateMermaid(model, options),
  embed: async (markdown, model, { docs: _docs, ...options }) =>
    (await import("./docs/embed.js")).embedMermaid(markdown, model, options),
});
