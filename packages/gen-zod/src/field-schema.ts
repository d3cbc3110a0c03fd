import { commentSafe, type Diagnostic, type Model, type ScalarField } from "@cardinal/core";
import { type RefinableKind, readRefinement } from "./annotations.js";
import type { ResolvedZodOptions } from "./options.js";

/** What a field's schema needs from other modules: names declared in `common`, `enums` or `composites`. */
export interface FieldNeeds {
  readonly enums: Set<string>;
  readonly composites: Set<string>;
  json: boolean;
  /** The module builds a schema with getters through the common `objectOf`. */
  objectOf?: boolean;
}

/** Schema names for enums and composite types, by Prisma name. */
export interface TypeSchemaNames {
  readonly enums: ReadonlyMap<string, string>;
  readonly composites: ReadonlyMap<string, string>;
  readonly jsonValue: string;
  readonly objectOf: string;
}

const int32 = "z.int32()";

/** The zod expression for one element of a field (before list and optionality), and its refinable kind. */
function elementSchema(
  field: ScalarField,
  names: TypeSchemaNames,
  options: ResolvedZodOptions,
  needs: FieldNeeds,
): { code: string; kind: RefinableKind } {
  const { type } = field;
  if (type.kind === "enum") {
    needs.enums.add(type.name);
    return { code: names.enums.get(type.name) as string, kind: "other" };
  }
  if (type.kind === "composite") {
    needs.composites.add(type.name);
    return { code: names.composites.get(type.name) as string, kind: "other" };
  }
  if (type.kind === "unsupported") return { code: "z.unknown()", kind: "other" };
  switch (type.name) {
    case "String":
      return { code: stringSchema(field), kind: stringFormat(field) === "z.string()" ? "string" : "formatted-string" };
    case "Int":
      return { code: int32, kind: "number" };
    case "Float":
      return { code: "z.number()", kind: "number" };
    case "BigInt":
      return { code: "z.bigint()", kind: "bigint" };
    case "Boolean":
      return { code: "z.boolean()", kind: "other" };
    case "Decimal":
      return {
        code: options.decimal === "number" ? "z.number()" : decimalSchema(field),
        kind: options.decimal === "number" ? "number" : "other",
      };
    case "DateTime":
      return options.dateTime === "string"
        ? { code: "z.iso.datetime({ offset: true })", kind: "other" }
        : { code: options.dateTime === "coerce" ? "z.coerce.date()" : "z.date()", kind: "date" };
    case "Json":
      needs.json = true;
      return { code: names.jsonValue, kind: "other" };
    case "Bytes":
      return {
        code: 'z.custom<globalThis.Uint8Array>((value) => value instanceof globalThis.Uint8Array, "Expected bytes (a Uint8Array)")',
        kind: "other",
      };
  }
}

/** The zod string format of the field's generated default (`z.uuid()` for `@default(uuid())`), else `z.string()`. */
function stringFormat(field: ScalarField): string {
  const generated = field.default?.kind === "function" ? field.default : undefined;
  return generated?.name === "uuid"
    ? "z.uuid()"
    : generated?.name === "cuid"
      ? generated.args[0] === 2
        ? "z.cuid2()"
        : "z.cuid()"
      : generated?.name === "ulid"
        ? "z.ulid()"
        : generated?.name === "nanoid"
          ? "z.nanoid()"
          : "z.string()";
}

/** Strings: a format from the id's default function, a length limit from `@db.VarChar(n)`/`@db.Char(n)`. */
function stringSchema(field: ScalarField): string {
  const format = stringFormat(field);
  const native = field.nativeType;
  const limit =
    native && ["VarChar", "Char", "NVarChar", "NChar"].includes(native.name) ? Number(native.args[0]) : Number.NaN;
  return Number.isInteger(limit) && limit > 0 ? `${format}.max(${limit})` : format;
}

/** An exact decimal string; with `@db.Decimal(p, s)`, at most p - s digits before the point and s after. */
function decimalSchema(field: ScalarField): string {
  const base = "z.templateLiteral([z.number()])";
  const [precision, scale] = (field.nativeType?.name === "Decimal" ? field.nativeType.args : []).map(Number);
  if (precision === undefined || scale === undefined || !Number.isInteger(precision) || !Number.isInteger(scale))
    return base;
  const integerDigits = Math.max(1, precision - scale);
  const pattern = `/^-?\\d{1,${integerDigits}}${scale > 0 ? `(\\.\\d{1,${scale}})?` : ""}$/`;
  const message = JSON.stringify(
    `Expected at most ${integerDigits} digits before the point and ${scale} after it (Decimal(${precision}, ${scale}))`,
  );
  return `${base}.refine((value) => ${pattern}.test(value), ${message})`;
}

/** How a field appears in the read schema and in the create input. */
export interface FieldSchemas {
  readonly read: string;
  readonly create: string;
}

/** The read and create-input schemas of a field, with its `@zod` refinement; or a diagnostic. */
export function fieldSchemas(
  field: ScalarField,
  model: Model,
  names: TypeSchemaNames,
  options: ResolvedZodOptions,
  needs: FieldNeeds,
): FieldSchemas | Diagnostic {
  const element = elementSchema(field, names, options, needs);
  const { refinement, diagnostic } = readRefinement(field, element.kind, model.name);
  if (diagnostic) return diagnostic;
  const refined = `${element.code}${refinement?.chain ?? ""}`;
  const value = field.isList ? `z.array(${refined})` : field.isOptional ? `${refined}.nullable()` : refined;
  const optionalOnCreate = field.isOptional || field.isList || field.default !== undefined || field.isUpdatedAt;
  return { read: value, create: optionalOnCreate ? `${value}.optional()` : value };
}

/** An object member with the field's `///` doc comment as JSDoc, so editors show it (foreign `@zod.` lines too). */
export function documentedMember(documentation: string | undefined, member: string): string {
  if (documentation === undefined) return member;
  const lines = commentSafe(documentation).split("\n");
  const doc =
    lines.length === 1 ? `/** ${lines[0]} */` : ["/**", ...lines.map((line) => ` * ${line}`), " */"].join("\n");
  return `${doc}\n${member}`;
}
