import { defineGenerator } from "@cardinal/core";
import { mermaidOptionsSchema } from "./options-schema.js";

/**
 * The Mermaid generator as a plugin (`gen`'s `mermaid`). `docs` is read by `gen` (it keeps the diagram in those
 * Markdown files), not by the generator.
 * @example import { mermaidGenerator } from "@cardinal/gen-mermaid/plugin";
 */
export const mermaidGenerator = defineGenerator({
  name: "mermaid",
  options: mermaidOptionsSchema,
  generate: async (model, { docs: _docs, ...options }) =>
    (await import("./generate-mermaid.js")).generateMermaid(model, options),
});
