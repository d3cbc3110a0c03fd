import { createRequire } from "node:module";
import { defineGenerator, lazyOptionsSchema } from "@cardinal/core";
import type * as zod from "zod";
import { defineMermaidOptionsSchema } from "./options-schema-definition.js";

/** zod, loaded when first needed (a `require`, as options are checked synchronously). */
const requireZod = () => (createRequire(import.meta.url)("zod") as typeof zod).z;

/**
 * The Mermaid generator as a plugin (`gen`'s `mermaid`). Its `docs` option names Markdown files in which `gen` keeps
 * the diagrams between `<!-- cardinal:mermaid:start -->` and `<!-- cardinal:mermaid:end -->` (see `embed`).
 * @example import { mermaidGenerator } from "@cardinal/gen-mermaid/plugin";
 */
export const mermaidGenerator = defineGenerator({
  name: "mermaid",
  // zod loads when options are first checked (and not for none at all): `gen validate` does without it.
  options: lazyOptionsSchema(() => defineMermaidOptionsSchema(requireZod()), {}),
  generate: async (model, { docs: _docs, ...options }) =>
    (await import("./generate-mermaid.js")).generateMermaid(model, options),
  embed: async (markdown, model, { docs: _docs, ...options }) =>
    (await import("./docs/embed.js")).embedMermaid(markdown, model, options),
});
