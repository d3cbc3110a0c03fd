import type { DefaultValue, ScalarTypeName } from "@cardinal/core";
import {
  columnDefinition,
  createIndex,
  createTable,
  defaultRenderers,
  referentialActions,
} from "../compile/default-renderers.js";
import { type Dialect, qualify, quoteWith } from "../compile/dialect.js";
import { commentText, formatDateTimeLiteral } from "../compile/literals.js";
import { type DefaultRules, renderDefault } from "../compile/render-default.js";
import type { ColumnNode, CreateTableNode } from "../ddl/nodes.js";
import { foldIntoTables } from "./fold.js";

const scalarTypes: Readonly<Record<ScalarTypeName, string>> = {
  String: "TEXT",
  Boolean: "BOOLEAN",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Float: "REAL",
  Decimal: "DECIMAL",
  DateTime: "DATETIME",
  Json: "JSONB",
  Bytes: "BLOB",
};

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

function columnType(column: ColumnNode): string {
  const type = column.field.type;
  if (type.kind === "unsupported") return type.databaseType;
  if (type.kind !== "scalar") return "TEXT";
  return scalarTypes[type.name];
}

/** SQLite defaults: bytes as a blob literal (Prisma writes hex text), expressions in parentheses. */
const defaults: DefaultRules = {
  literal,
  dateTime: formatDateTimeLiteral,
  bytes: (hex) => `X'${hex}'`,
  now: () => "CURRENT_TIMESTAMP",
  expression: (sql) => defaultExpression(sql),
};

function defaultValue(value: DefaultValue, column: ColumnNode): string | undefined {
  return renderDefault(value, column, defaults);
}

/** SQLite takes literals as they are but any other expression only in parentheses (Prisma omits them and fails). */
function defaultExpression(sql: string): string {
  const literalDefault =
    /^(?:[+-]?\d+(?:\.\d+)?|'(?:[^']|'')*'|X'[0-9a-f]*'|NULL|TRUE|FALSE|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP|\(.*\))$/is;
  return literalDefault.test(sql.trim()) ? sql : `(${sql})`;
}

/** A single-column primary key goes on its column; an Int one is AUTOINCREMENT, as Prisma makes it. */
function columnLine(column: ColumnNode, dialect: Dialect): string {
  if (!column.primaryKey) return columnDefinition(column, dialect);
  const isInt = column.field.type.kind === "scalar" && column.field.type.name === "Int";
  const value = dialect.columnDefault(column);
  const parts = [
    dialect.quote(column.name),
    dialect.columnType(column),
    "NOT NULL",
    isInt ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY",
  ];
  if (value !== undefined) parts.push(`DEFAULT ${value}`);
  return parts.join(" ");
}

/** SQLite has no comments in its catalog but keeps the text of CREATE TABLE: doc comments become `--` lines. */
function commentLines(text: string | undefined): string[] {
  return text === undefined
    ? []
    : commentText(text)
        .split(/\r\n|\r|\n/)
        .map((line) => `-- ${line}`.trimEnd());
}

function renderTable(node: CreateTableNode, dialect: Dialect): string {
  const pk = node.primaryKey;
  const keys =
    pk && pk.columns.length > 1 ? [`PRIMARY KEY (${pk.columns.map((c) => dialect.quote(c)).join(", ")})`] : [];
  for (const fk of node.inlineForeignKeys) {
    const columns = fk.columns.map((c) => dialect.quote(c)).join(", ");
    const referenced = fk.referencedColumns.map((c) => dialect.quote(c)).join(", ");
    keys.push(
      `CONSTRAINT ${dialect.quote(fk.name)} FOREIGN KEY (${columns}) REFERENCES ${qualify(dialect, fk.referencedTable)} (${referenced}) ${referentialActions(fk)}`,
    );
  }
  const columnWithComment = (column: ColumnNode) =>
    [...commentLines(column.comment), columnLine(column, dialect)].join("\n");
  return createTable(node, dialect, keys, {
    blankBeforeKeys: false,
    columnLine: columnWithComment,
    before: commentLines(node.comment),
  });
}

/** SQLite: enums are TEXT, foreign keys live inside CREATE TABLE, implicit join tables are keyed by a unique index. */
export const sqlite: Dialect = {
  name: "sqlite",
  provider: "sqlite",
  quote: quoteWith('"'),
  literal,
  columnType,
  columnDefault(column) {
    const value = column.field.default;
    return value && value.kind !== "list" ? defaultValue(value, column) : undefined;
  },
  // SQLite has no operator classes.
  operatorClass: () => undefined,
  arrange: (nodes) =>
    foldIntoTables(nodes, { indexes: false, foreignKeys: true, comments: true, joinKeyAsUniqueIndex: true }),
  renderers: {
    ...defaultRenderers,
    createTable: renderTable,
    // SQLite has no index methods: a `type: Hash` index is a plain one.
    createIndex: (node, dialect) =>
      createIndex({ ...node, algorithm: undefined }, dialect, { parenthesizeWhere: false }),
    addForeignKey: () => undefined,
    comment: () => undefined,
  },
};
