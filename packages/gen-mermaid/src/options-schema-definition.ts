import type * as zod from "zod";
import type { MermaidOptions } from "./options.js";

/**
 * Builds the mermaid generator's options schema with the zod it is given: `mermaidOptionsSchema` (zod imported as usual), or the
 * plugin's, which loads zod only when options are first checked.
 */
export function defineMermaidOptionsSchema(z: typeof zod.z) {
  /** `"a" or "b"`, `"a", "b" or "c"`: what a choice expects. */
  const choices = (values: readonly string[]) =>
    values
      .map((value) => JSON.stringify(value))
      .join(", ")
      .replace(/, ([^,]*)$/, " or $1");

  /** One of a few strings, every error saying which. */
  const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: choices(values) }).exactOptional();

  /** A list of strings checked as a whole, so an error names the option, not one item. */
  const stringList = (expected: string, item: (value: string) => boolean = () => true) =>
    z
      .array(z.unknown(), { error: expected })
      .refine((value) => value.every((x) => typeof x === "string" && item(x)), { error: expected })
      .transform((value) => value as readonly string[])
      .exactOptional();

  const boolean = () => z.boolean({ error: "true or false" }).exactOptional();
  const positiveInteger = "a positive integer";

  /**
   * The options of the Mermaid generator as a zod schema, with `docs` (the Markdown files `gen` keeps a diagram in).
   * Each message is what `gen` prints after `expected` (`generators.mermaid.direction: expected "TB", "BT", "LR" or
   * "RL", received string "up"`).
   */
  return z.object({
    names: oneOf(["prisma", "database", "both"]),
    attributes: oneOf(["all", "keys", "none"]),
    comments: boolean(),
    enums: oneOf(["entities", "omit"]),
    compositeTypes: oneOf(["entities", "attributes"]),
    manyToMany: oneOf(["relation", "join-table"]),
    include: stringList("an array of model names or globs"),
    exclude: stringList("an array of model names or globs"),
    direction: oneOf(["TB", "BT", "LR", "RL"]),
    title: z.string({ error: "a string" }).exactOptional(),
    split: oneOf(["auto", "group", "component", "none"]),
    maxCharacters: z
      .number({ error: positiveInteger })
      .int({ error: positiveInteger })
      .positive({ error: positiveInteger })
      .exactOptional(),
    compat: boolean(),
    fileName: z
      .string({ error: "a file name without extension" })
      .regex(/^[\w.-]+$/, { error: "a file name without extension" })
      .exactOptional(),
    docs: stringList("an array of Markdown file paths", (path) => path !== ""),
  }) satisfies zod.ZodType<MermaidOptions & { readonly docs?: readonly string[] }>;
}
