import type { DefaultValue, NativeType, ScalarTypeName } from "@cardinal/core";
import { columnDefinition, createTable, defaultRenderers, sortSuffix } from "../compile/default-renderers.js";
import { type Dialect, quoteWith } from "../compile/dialect.js";
import { type DefaultRules, renderDefault } from "../compile/render-default.js";
import type { ColumnNode, CreateIndexNode, CreateTableNode } from "../ddl/nodes.js";
import { foldIntoTables } from "./fold.js";

const scalarTypes: Readonly<Record<ScalarTypeName, string>> = {
  String: "VARCHAR(191)",
  Boolean: "BOOLEAN",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Float: "DOUBLE",
  Decimal: "DECIMAL(65,30)",
  DateTime: "DATETIME(3)",
  Json: "JSON",
  Bytes: "LONGBLOB",
};

/** Native types whose SQL differs from the upper-cased Prisma name. */
const nativeNames: Readonly<Record<string, string>> = {
  Int: "INTEGER",
  UnsignedInt: "INTEGER UNSIGNED",
  UnsignedSmallInt: "SMALLINT UNSIGNED",
  UnsignedMediumInt: "MEDIUMINT UNSIGNED",
  UnsignedTinyInt: "TINYINT UNSIGNED",
  UnsignedBigInt: "BIGINT UNSIGNED",
};

/** Types MySQL only gives a default through an expression in parentheses. */
const expressionDefaultTypes = new Set([
  "TEXT",
  "TINYTEXT",
  "MEDIUMTEXT",
  "LONGTEXT",
  "BLOB",
  "TINYBLOB",
  "MEDIUMBLOB",
  "LONGBLOB",
  "JSON",
]);

function nativeType(native: NativeType): string {
  const name = nativeNames[native.name] ?? native.name.toUpperCase();
  return native.args.length > 0
    ? `${name.replace(/ UNSIGNED$/, "")}(${native.args.join(",")})${name.endsWith(" UNSIGNED") ? " UNSIGNED" : ""}`
    : name;
}

/** MySQL escapes in string literals (backslash, quote, newline, carriage return, NUL), as its own dumps write them. */
const escapes: Readonly<Record<string, string>> = { "\\": "\\\\", "'": "''", "\n": "\\n", "\r": "\\r", "\0": "\\0" };
const literal = (text: string) => `'${text.replace(/[\\'\n\r\0]/g, (char) => escapes[char] ?? char)}'`;

/** MySQL's longest column and table comments, in characters; longer doc comments are cut with an ellipsis. */
const commentLimits = { column: 1024, table: 2048 } as const;

function commentLiteral(text: string, limit: number): string {
  const chars = Array.from(text);
  return literal(chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`);
}

function columnType(column: ColumnNode): string {
  const { field } = column;
  if (column.enumType) return `ENUM(${column.enumType.values.map((value) => literal(value.dbName)).join(", ")})`;
  if (field.type.kind === "unsupported") return field.type.databaseType;
  if (field.type.kind !== "scalar") return "JSON";
  return field.nativeType ? nativeType(field.nativeType) : scalarTypes[field.type.name];
}

/** `2024-01-01 00:00:00.000`, in UTC: MySQL and MariaDB take no zone in DATETIME literals. */
function dateTimeLiteral(raw: string): string {
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? raw : date.toISOString().replace("T", " ").replace("Z", "");
}

/** Wraps a default in parentheses where MySQL only takes an expression (TEXT, BLOB and JSON columns). */
function wrapForType(sql: string, column: ColumnNode): string {
  return expressionDefaultTypes.has(columnType(column).replace(/\(.*$/, "")) ? `(${sql})` : sql;
}

/** MySQL defaults: UTC DATETIME literals, `CURRENT_TIMESTAMP(p)` matching the column's precision. */
const defaults: DefaultRules = {
  literal,
  dateTime: dateTimeLiteral,
  bytes: (hex, column) => wrapForType(`X'${hex}'`, column),
  now: (column) => `CURRENT_TIMESTAMP(${precisionOf(column)})`,
  expression: (sql) => sql,
  text: wrapForType,
};

function defaultValue(value: DefaultValue, column: ColumnNode): string | undefined {
  return renderDefault(value, column, defaults);
}

function precisionOf(column: ColumnNode): string {
  const native = column.field.nativeType;
  return native && native.args.length > 0 ? (native.args[0] as string) : native ? "0" : "3";
}

/** An index's columns with MySQL's prefix lengths and sort orders. */
export function keyColumns(node: CreateIndexNode, dialect: Dialect): string {
  return node.columns
    .map((c) => `${dialect.quote(c.name)}${c.length !== undefined ? `(${c.length})` : ""}${sortSuffix(c)}`)
    .join(", ");
}

/** A column line of CREATE TABLE (also used by ALTER TABLE ... MODIFY). */
export function columnLine(column: ColumnNode, dialect: Dialect): string {
  const parts = [columnDefinition(column, dialect)];
  if (column.autoIncrement) parts.push("AUTO_INCREMENT");
  if (column.comment !== undefined) parts.push(`COMMENT ${commentLiteral(column.comment, commentLimits.column)}`);
  return parts.join(" ");
}

function renderTable(node: CreateTableNode, dialect: Dialect): string {
  const keys = node.inlineIndexes.map((index) => {
    const kind = index.fulltext ? "FULLTEXT INDEX" : index.unique ? "UNIQUE INDEX" : "INDEX";
    return `${kind} ${dialect.quote(index.name)}(${keyColumns(index, dialect)})`;
  });
  const pk = node.primaryKey;
  if (pk) {
    const columns = pk.columns.map((c, i) => {
      const length = pk.lengths?.[i];
      return `${dialect.quote(c)}${length !== undefined ? `(${length})` : ""}`;
    });
    keys.push(`PRIMARY KEY (${columns.join(", ")})`);
  }
  const comment = node.comment !== undefined ? ` COMMENT ${commentLiteral(node.comment, commentLimits.table)}` : "";
  const suffix = ` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci${comment}`;
  return createTable(node, dialect, keys, { blankBeforeKeys: true, suffix, columnLine });
}

/** MySQL: enums inline as ENUM(...), indexes and comments inside CREATE TABLE, foreign keys after all tables. */
export const mysql: Dialect = {
  name: "mysql",
  provider: "mysql",
  quote: quoteWith("`"),
  literal,
  columnType,
  columnDefault(column) {
    const value = column.field.default;
    return value && value.kind !== "list" ? defaultValue(value, column) : undefined;
  },
  // MySQL has no operator classes (`ops:` is PostgreSQL's).
  operatorClass: () => undefined,
  arrange: (nodes) =>
    foldIntoTables(nodes, { indexes: true, foreignKeys: false, comments: true, joinKeyAsUniqueIndex: true }),
  renderers: { ...defaultRenderers, createTable: renderTable },
};
