import type { MermaidOptions } from "../options.js";
import type { MarkerBlock, MarkerError } from "./markers.js";

const oneOf = (...values: string[]) => ({
  expected: values.map((v) => JSON.stringify(v)).join(", "),
  read: (value: string) => (values.includes(value) ? value : undefined),
});
const anyText = { expected: "any text", read: (value: string) => value };
const list = {
  expected: "a comma-separated list of model names or globs",
  read: (value: string) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
};
const flag = {
  expected: '"true" or "false"',
  read: (v: string) => (v === "true" ? true : v === "false" ? false : undefined),
};

/** What a start marker may say: each attribute is the gen-mermaid option of the same name, plus `group`. */
const specs = {
  title: anyText,
  direction: oneOf("TB", "BT", "LR", "RL"),
  split: oneOf("auto", "group", "component", "none"),
  names: oneOf("prisma", "database", "both"),
  attributes: oneOf("all", "keys", "none"),
  enums: oneOf("entities", "omit"),
  compositeTypes: oneOf("entities", "attributes"),
  manyToMany: oneOf("relation", "join-table"),
  comments: flag,
  include: list,
  exclude: list,
} as const;

/** Options one marker block asks for: gen-mermaid options, and the `/// @group` it draws (whole schema if none). */
export interface MarkerOptions {
  readonly group: string | undefined;
  readonly options: MermaidOptions;
}

/**
 * Reads the attributes of a start marker (`group=Billing direction=LR title="Billing model"`) into options.
 * Unknown attributes and values are located errors.
 */
export function readMarkerOptions(block: MarkerBlock, errors: MarkerError[]): MarkerOptions {
  const options: Record<string, unknown> = {};
  let group: string | undefined;
  for (const [key, { value, column }] of block.attributes) {
    if (key === "group") {
      group = value;
      continue;
    }
    const spec = (specs as Record<string, (typeof specs)[keyof typeof specs]>)[key];
    if (!spec) {
      const known = ["group", ...Object.keys(specs)].join(", ");
      errors.push({ line: block.line, column, message: `unknown attribute ${key}; expected one of ${known}` });
      continue;
    }
    const read = spec.read(value);
    if (read === undefined)
      errors.push({
        line: block.line,
        column,
        message: `${key}: expected ${spec.expected}, received ${JSON.stringify(value)}`,
      });
    else options[key] = read;
  }
  return { group, options: options as MermaidOptions };
}
