import type { GeneratorProperty } from "../model/types.js";
import type { ConfigBlock, Expression } from "../parser/ast.js";
import { type Located, locationOf } from "./context.js";

/**
 * Every `key = value` of a generator block, in order, as Prisma hands them to a generator: strings, numbers and bare
 * words (`true`) as their text, a list of those as a list; anything else (`env("X")`, an object) has no value.
 */
export function readGeneratorProperties(located: Located<ConfigBlock>): GeneratorProperty[] {
  return located.node.properties.map((property) => ({
    key: property.key.text,
    value: propertyValue(property.value),
    location: locationOf(located, property),
  }));
}

function propertyValue(value: Expression): string | readonly string[] | undefined {
  if (value.kind !== "array") return scalarText(value);
  const items = value.items.map(scalarText);
  return items.every((item) => item !== undefined) ? (items as string[]) : undefined;
}

function scalarText(value: Expression): string | undefined {
  if (value.kind === "string") return value.value;
  if (value.kind === "number") return value.raw;
  if (value.kind === "constant") return value.name;
  return undefined;
}
