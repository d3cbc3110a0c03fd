import fc from "fast-check";
import { commentPool, fieldNamePool, mapNamePool } from "./names.js";

/** Prisma's scalar types. */
export const scalarTypes = ["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"];

/** A generated scalar or enum field, before rendering. */
export interface ScalarFieldSpec {
  readonly name: string;
  /** A scalar type name, or `enum:<index>` for the n-th enum of the schema (modulo their count). */
  readonly type: string;
  readonly modifier: "" | "?" | "[]";
  readonly withDefault: boolean;
  readonly unique: boolean;
  readonly doc: string | undefined;
  readonly map: string | undefined;
}

/** String-literal bodies for `@default("…")`: quotes, comment ends, template syntax, SQL and Mermaid comments. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template.
const stringDefaults = ['it\\"s */ ${x} `q`', "-- not sql", "%% not mermaid", "O'Reilly", "back\\\\slash", ""];

const maybe = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** One scalar or enum field. */
export const scalarFieldSpec: fc.Arbitrary<ScalarFieldSpec> = fc.record({
  name: fc.constantFrom(...fieldNamePool),
  type: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...scalarTypes) },
    { weight: 1, arbitrary: fc.nat(5).map((n) => `enum:${n}`) },
  ),
  modifier: fc.constantFrom("" as const, "?" as const, "?" as const, "[]" as const),
  withDefault: fc.boolean(),
  unique: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  doc: maybe(fc.constantFrom(...commentPool)),
  map: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...mapNamePool) },
  ),
});

/** The `@default(…)` of a field of `type` (`enumValue`: the enum's first value), or nothing. */
function defaultOf(type: string, enumValue: string | undefined, index: number): string {
  switch (type) {
    case "String":
      return `@default("${stringDefaults[index % stringDefaults.length]}")`;
    case "Int":
    case "BigInt":
      return "@default(42)";
    case "Float":
    case "Decimal":
      return "@default(1.5)";
    case "Boolean":
      return "@default(true)";
    case "DateTime":
      return index % 2 === 0 ? "@default(now())" : "@updatedAt";
    case "Json":
      return `@default("{\\"a\\": 1}")`;
    default:
      return enumValue === undefined ? "" : `@default(${enumValue})`;
  }
}

/** Doc-comment lines for `text` (which may hold newlines) at `indent`. */
export const docLines = (text: string | undefined, indent = ""): string[] =>
  text === undefined ? [] : text.split("\n").map((line) => `${indent}/// ${line}`);

/** A field as schema lines; `enums` are the schema's enums as `[name, firstValue]`. */
export function renderScalarField(
  field: ScalarFieldSpec,
  enums: readonly (readonly [string, string])[],
  options: { readonly lists: boolean; readonly index: number },
): string[] {
  const enumIndex = field.type.startsWith("enum:") ? Number(field.type.slice(5)) : -1;
  const enumEntry = enumIndex >= 0 ? enums[enumIndex % Math.max(enums.length, 1)] : undefined;
  const type = enumIndex >= 0 ? (enumEntry?.[0] ?? "String") : field.type;
  const modifier = field.modifier === "[]" && !options.lists ? "?" : field.modifier;
  const attributes = [
    field.withDefault && modifier !== "[]" ? defaultOf(type, enumEntry?.[1], options.index) : "",
    field.unique && modifier !== "[]" && !["Json", "Bytes"].includes(type) ? "@unique" : "",
    field.map === undefined ? "" : `@map("${field.map}")`,
  ].filter(Boolean);
  return [...docLines(field.doc, "  "), `  ${field.name} ${type}${modifier} ${attributes.join(" ")}`.trimEnd()];
}
