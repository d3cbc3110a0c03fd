import type { FieldType, ScalarField, ScalarTypeName } from "@cardinal/core";
import type { Names } from "./naming.js";
import type { ResolvedTypesOptions } from "./options.js";

/** TypeScript types of Prisma's scalars; globals go through `globalThis` so no model name can shadow them. */
function scalarType(name: ScalarTypeName, names: Names, options: ResolvedTypesOptions): string {
  const types: Readonly<Record<ScalarTypeName, string>> = {
    String: "string",
    Boolean: "boolean",
    Int: "number",
    Float: "number",
    BigInt: "bigint",
    Decimal: options.decimal === "number" ? "number" : names.helpers.decimal,
    DateTime: options.dateTime === "string" ? "string" : "globalThis.Date",
    Json: names.helpers.jsonValue,
    Bytes: "globalThis.Uint8Array",
  };
  return types[name];
}

/** The element type of a field, or undefined for types the client does not expose (`Unsupported`). */
export function baseType(type: FieldType, names: Names, options: ResolvedTypesOptions): string | undefined {
  switch (type.kind) {
    case "scalar":
      return scalarType(type.name, names, options);
    case "enum":
      return names.enums.get(type.name);
    case "composite":
      return names.compositeTypes.get(type.name);
    case "unsupported":
      return undefined;
  }
}

/** A field's full type: `T`, `T[]` or `T | null`. */
export function fieldType(field: ScalarField, names: Names, options: ResolvedTypesOptions): string | undefined {
  const base = baseType(field.type, names, options);
  if (base === undefined) return undefined;
  if (field.isList) return `${base}[]`;
  return field.isOptional ? `${base} | null` : base;
}

/** Fields the client exposes: no `@ignore`, no `Unsupported(...)`. */
export function clientScalarFields(fields: readonly { kind: string }[]): ScalarField[] {
  return (fields as ScalarField[]).filter(
    (field) => field.kind === "scalar" && !field.isIgnored && field.type.kind !== "unsupported",
  );
}
