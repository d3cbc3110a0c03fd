import { type OptionsMatch, option } from "@cardinal/core";
import type { MermaidOptions } from "./options.js";

/**
 * The Mermaid generator's options as rules (`docs` is the plugin's: the Markdown files `gen` keeps diagrams in):
 * `gen` checks them without loading zod when they are fine, and the same rules as a zod schema
 * (`mermaidOptionsSchema`) say what is wrong when they are not.
 */
export const mermaidOptionRules = {
  names: option.oneOf(["prisma", "database", "both"]),
  attributes: option.oneOf(["all", "keys", "none"]),
  comments: option.boolean(),
  enums: option.oneOf(["entities", "omit"]),
  compositeTypes: option.oneOf(["entities", "attributes"]),
  manyToMany: option.oneOf(["relation", "join-table"]),
  include: option.stringList("an array of model names or globs"),
  exclude: option.stringList("an array of model names or globs"),
  direction: option.oneOf(["TB", "BT", "LR", "RL"]),
  title: option.text("a string"),
  split: option.oneOf(["auto", "group", "component", "none"]),
  maxCharacters: option.positiveInteger(),
  compat: option.boolean(),
  fileName: option.text("a file name without extension", /^[\w.-]+$/),
  docs: option.stringList("an array of Markdown file paths", { item: (path): path is string => path !== "" }),
};

true satisfies OptionsMatch<typeof mermaidOptionRules, MermaidOptions & { readonly docs?: readonly string[] }>;
