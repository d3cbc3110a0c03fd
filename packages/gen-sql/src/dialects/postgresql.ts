import type { DefaultValue, NativeType, ScalarTypeName } from "@cardinal/core";
import { defaultRenderers } from "../compile/default-renderers.js";
import { type Dialect, qualify, quoteWith } from "../compile/dialect.js";
import { formatDateTimeLiteral } from "../compile/literals.js";
import { type DefaultRules, renderDefault } from "../compile/render-default.js";
import type { ColumnNode, DdlNode } from "../ddl/nodes.js";
import { postgresOperatorClass } from "./postgresql-operator-classes.js";

const scalarTypes: Readonly<Record<ScalarTypeName, string>> = {
  String: "TEXT",
  Boolean: "BOOLEAN",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Float: "DOUBLE PRECISION",
  Decimal: "DECIMAL(65,30)",
  DateTime: "TIMESTAMP(3)",
  Json: "JSONB",
  Bytes: "BYTEA",
};

/** Native types whose SQL name is not simply the upper-cased Prisma name. */
const nativeNames: Readonly<Record<string, string>> = {
  DoublePrecision: "DOUBLE PRECISION",
  ByteA: "BYTEA",
  JsonB: "JSONB",
};

function nativeType(native: NativeType): string {
  const name = nativeNames[native.name] ?? native.name.toUpperCase();
  return native.args.length > 0 ? `${name}(${native.args.join(",")})` : name;
}

function baseType(column: ColumnNode, dialect: Dialect): string {
  const { field } = column;
  if (column.enumType) return qualify(dialect, column.enumType);
  if (field.type.kind === "unsupported") return field.type.databaseType;
  if (field.type.kind !== "scalar") return "JSONB";
  if (column.autoIncrement) {
    const small = field.nativeType?.name === "SmallInt";
    return small ? "SMALLSERIAL" : field.type.name === "BigInt" ? "BIGSERIAL" : "SERIAL";
  }
  return field.nativeType ? nativeType(field.nativeType) : scalarTypes[field.type.name];
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** PostgreSQL defaults: bytes as a `\\x` hex string, `now()` as CURRENT_TIMESTAMP. */
const defaults: DefaultRules = {
  literal,
  dateTime: formatDateTimeLiteral,
  bytes: (hex) => literal(`\\x${hex}`),
  now: () => "CURRENT_TIMESTAMP",
  expression: (sql) => sql,
};

function scalarDefault(value: DefaultValue, column: ColumnNode): string | undefined {
  return renderDefault(value, column, defaults);
}

function columnDefault(column: ColumnNode, dialect: Dialect): string | undefined {
  const value = column.field.default;
  if (!value) return undefined;
  if (value.kind !== "list") return scalarDefault(value, column);
  const items = value.values.map((item) => scalarDefault(item, column));
  return `ARRAY[${items.join(", ")}]::${baseType(column, dialect)}[]`;
}

/** PostgreSQL: named primary keys inside tables, everything else after all tables; `COMMENT ON`. */
export const postgresql: Dialect = {
  name: "postgresql",
  provider: "postgresql",
  quote: quoteWith('"'),
  literal,
  columnType(column) {
    const type = baseType(column, this);
    return column.field.isList ? `${type}[]` : type;
  },
  columnDefault(column) {
    return columnDefault(column, this);
  },
  operatorClass: postgresOperatorClass,
  arrange: (nodes: readonly DdlNode[]) => [...nodes],
  renderers: defaultRenderers,
};
