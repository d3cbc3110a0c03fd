import type { ReferentialAction } from "@cardinal/core";
import type {
  AddForeignKeyNode,
  ColumnNode,
  CreateExtensionNode,
  CreateIndexNode,
  CreateTableNode,
  IndexColumn,
} from "../ddl/nodes.js";
import { type Dialect, qualify, type Renderers } from "./dialect.js";
import { commentText } from "./literals.js";
import { renderPredicate } from "./predicate.js";

const actions: Readonly<Record<ReferentialAction, string>> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

/** `ON DELETE ... ON UPDATE ...`. */
export function referentialActions(node: AddForeignKeyNode): string {
  return `ON DELETE ${actions[node.onDelete]} ON UPDATE ${actions[node.onUpdate]}`;
}

/** A column line: name, type, NOT NULL, DEFAULT (the order Prisma writes). */
export function columnDefinition(column: ColumnNode, dialect: Dialect): string {
  const parts = [dialect.quote(column.name), dialect.columnType(column)];
  if (column.notNull) parts.push("NOT NULL");
  const value = dialect.columnDefault(column);
  if (value !== undefined) parts.push(`DEFAULT ${value}`);
  return parts.join(" ");
}

/** ` ASC` or ` DESC` when the schema gives a sort order (Prisma writes both), else nothing. */
export function sortSuffix(column: IndexColumn): string {
  return column.sort === "Desc" ? " DESC" : column.sort === "Asc" ? " ASC" : "";
}

/** `"a" jsonb_path_ops, "b" DESC`: name, operator class, sort order (PostgreSQL and SQLite have no prefix lengths). */
export function indexColumns(columns: readonly IndexColumn[], dialect: Dialect): string {
  return columns
    .map((column) => {
      const opclass = dialect.operatorClass(column.ops);
      return `${dialect.quote(column.name)}${opclass ? ` ${opclass}` : ""}${sortSuffix(column)}`;
    })
    .join(", ");
}

/** `CREATE EXTENSION IF NOT EXISTS "vector" WITH SCHEMA "ext" VERSION "0.5.0"`, as Prisma writes it. */
function createExtension(node: CreateExtensionNode, dialect: Dialect): string {
  const options = [
    ...(node.schema !== undefined ? [`SCHEMA ${dialect.quote(node.schema)}`] : []),
    ...(node.version !== undefined ? [`VERSION ${dialect.quote(node.version)}`] : []),
  ];
  const suffix = options.length > 0 ? ` WITH ${options.join(" ")}` : "";
  return `CREATE EXTENSION IF NOT EXISTS ${dialect.quote(node.name)}${suffix};`;
}

/** How a dialect lays out `CREATE TABLE`. */
export interface TableLayout {
  /** PostgreSQL and MySQL separate keys from columns by a blank line, as Prisma does; SQLite does not. */
  readonly blankBeforeKeys: boolean;
  /** Text after the closing parenthesis (MySQL's character set and table comment). */
  readonly suffix?: string;
  /** A column's line(s); the default is `columnDefinition`. A multi-line value keeps its comma on the last line. */
  readonly columnLine?: (column: ColumnNode, dialect: Dialect) => string;
  /** Lines before `CREATE TABLE` (SQLite's doc comments). */
  readonly before?: readonly string[];
}

/** `CREATE TABLE` with its columns, then the keys the dialect declares inside the table. */
export function createTable(
  node: CreateTableNode,
  dialect: Dialect,
  keys: readonly string[],
  layout: TableLayout,
): string {
  const line = layout.columnLine ?? columnDefinition;
  const columns = node.columns.map((column) => indent(line(column, dialect)));
  const items = [...columns, ...keys.map(indent)];
  const lines = items.map((item, i) => (i < items.length - 1 ? `${item},` : item));
  if (keys.length > 0 && layout.blankBeforeKeys) lines.splice(columns.length, 0, "");
  const head = [...(layout.before ?? []), `CREATE TABLE ${qualify(dialect, node.table)} (`];
  return `${head.join("\n")}\n${lines.join("\n")}\n)${layout.suffix ?? ""};`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}

/** PostgreSQL-shaped SQL for every node kind; dialects override what differs. */
/**
 * `CREATE [UNIQUE] INDEX ... [WHERE ...]`. Prisma's schema engine puts a partial index's condition in parentheses
 * on PostgreSQL and not on SQLite.
 */
export function createIndex(
  node: CreateIndexNode,
  dialect: Dialect,
  options: { readonly parenthesizeWhere: boolean },
): string | undefined {
  // Only MySQL has FULLTEXT indexes; elsewhere Prisma rejects `@@fulltext`, so there is nothing to create.
  if (node.fulltext) return undefined;
  const columns = `(${indexColumns(node.columns, dialect)})`;
  const target =
    node.algorithm && node.algorithm !== "BTree" ? ` USING ${node.algorithm.toUpperCase()} ${columns}` : columns;
  const predicate = node.where && renderPredicate(node.where, dialect);
  const where = predicate ? ` WHERE ${options.parenthesizeWhere ? `(${predicate})` : predicate}` : "";
  return `CREATE ${node.unique ? "UNIQUE " : ""}INDEX ${dialect.quote(node.name)} ON ${qualify(dialect, node.table)}${target}${where};`;
}

export const defaultRenderers: Renderers = {
  createSchema: (node, dialect) => `CREATE SCHEMA IF NOT EXISTS ${dialect.quote(node.name)};`,
  createExtension,
  createEnum: (node, dialect) =>
    `CREATE TYPE ${qualify(dialect, node.type)} AS ENUM (${node.type.values.map((v) => dialect.literal(v.dbName)).join(", ")});`,
  createTable: (node, dialect) => {
    const pk = node.primaryKey;
    const constraints = pk
      ? [`CONSTRAINT ${dialect.quote(pk.name)} PRIMARY KEY (${pk.columns.map((c) => dialect.quote(c)).join(",")})`]
      : [];
    return createTable(node, dialect, constraints, { blankBeforeKeys: true });
  },
  createIndex: (node: CreateIndexNode, dialect) => createIndex(node, dialect, { parenthesizeWhere: true }),
  addForeignKey: (node, dialect) => {
    const columns = node.columns.map((c) => dialect.quote(c)).join(", ");
    const referenced = node.referencedColumns.map((c) => dialect.quote(c)).join(", ");
    return `ALTER TABLE ${qualify(dialect, node.table)} ADD CONSTRAINT ${dialect.quote(node.name)} FOREIGN KEY (${columns}) REFERENCES ${qualify(dialect, node.referencedTable)}(${referenced}) ${referentialActions(node)};`;
  },
  comment: (node, dialect) => {
    const target =
      node.column === undefined
        ? `TABLE ${qualify(dialect, node.table)}`
        : `COLUMN ${qualify(dialect, node.table)}.${dialect.quote(node.column)}`;
    return `COMMENT ON ${target} IS ${dialect.literal(commentText(node.text))};`;
  },
};
