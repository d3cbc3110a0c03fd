import type { DefaultValue, ScalarField, ScalarTypeName } from "@cardinal/core";

/** A column's types when read, inserted and updated (Kysely's `ColumnType<Select, Insert, Update>`). */
interface Column {
  readonly select: string;
  readonly insert: string;
  readonly update: string;
}

const same = (type: string): Column => ({ select: type, insert: type, update: type });
const readAs = (select: string, written: string): Column => ({ select, insert: written, update: written });

/**
 * What each scalar type reads as from PostgreSQL through Kysely's drivers (`pg`, PGlite): `BigInt` and `Decimal`
 * come back as strings (no precision lost), and may be written as numbers too.
 */
const scalarTypes: Readonly<Record<ScalarTypeName, Column>> = {
  String: same("string"),
  Boolean: same("boolean"),
  Int: same("number"),
  BigInt: readAs("string", "string | number | bigint"),
  Float: same("number"),
  Decimal: readAs("string", "string | number"),
  DateTime: readAs("Date", "Date | string"),
  Json: same("unknown"),
  Bytes: same("Uint8Array"),
};

/**
 * Defaults the database fills in, so an insert may leave the column out. `uuid()`, `cuid()`, `nanoid()` and
 * `ulid()` are filled in by Prisma Client, not the database, and `@updatedAt` has no database default either.
 */
const databaseDefaults: ReadonlySet<string> = new Set(["autoincrement", "now", "dbgenerated", "sequence"]);

const isDatabaseDefault = (value: DefaultValue | undefined): boolean =>
  value !== undefined && (value.kind !== "function" || databaseDefaults.has(value.name));

/** The column's three types before `null` and defaults: lists are read and written as arrays of the read type. */
function baseColumn(field: ScalarField, enumName: (name: string) => string): Column {
  const { type } = field;
  const column =
    type.kind === "scalar" ? scalarTypes[type.name] : same(type.kind === "enum" ? enumName(type.name) : "unknown");
  return field.isList ? same(`${column.select}[]`) : column;
}

/** The TypeScript type of a column in a Kysely table interface (`Generated<number>`, `string | null`, `RoleEnum[]`). */
export function columnType(field: ScalarField, enumName: (name: string) => string): string {
  let { select, insert, update } = baseColumn(field, enumName);
  if (field.isOptional)
    [select, insert, update] = [select, insert, update].map((type) => `${type} | null`) as [string, string, string];
  const uniform = select === insert && insert === update;
  if (isDatabaseDefault(field.default))
    return uniform ? `Generated<${select}>` : `ColumnType<${select}, ${insert} | undefined, ${update}>`;
  return uniform ? select : `ColumnType<${select}, ${insert}, ${update}>`;
}
