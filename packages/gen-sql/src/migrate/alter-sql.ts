import type { Dialect } from "../compile/dialect.js";
import type { AddForeignKeyNode, ColumnNode, CreateEnumNode, CreateIndexNode, QualifiedName } from "../ddl/nodes.js";
import type { TableDiff } from "./compare.js";

/** The statements of a migration that differ between PostgreSQL and MySQL (SQLite rebuilds tables instead). */
export interface AlterSql {
  readonly dialect: Dialect;
  /** `autoIndex`: MySQL made an index for the key (no index covered its columns), which goes with it. */
  dropForeignKey(node: AddForeignKeyNode, autoIndex: boolean): string;
  dropIndex(node: CreateIndexNode): string;
  dropTable(table: QualifiedName): string;
  renameTable(from: QualifiedName, to: QualifiedName): string;
  renameColumn(table: QualifiedName, from: string, to: string): string;
  /** Renames that follow a table or column rename (PostgreSQL's primary key constraint and serial sequences). */
  followRenames(table: TableDiff): string[];
  /** Statements before the table's ALTER (e.g. creating a sequence). */
  beforeAlter(table: TableDiff): string[];
  /** The ALTER TABLE of a kept table, or nothing when only keys elsewhere change. */
  alterTable(table: TableDiff): string[];
  /** Statements after every table is altered (e.g. dropping a sequence). */
  afterAlter(table: TableDiff): string[];
  createIndex(node: CreateIndexNode): string | undefined;
  /** Renames an index on its (already renamed) table. */
  renameIndex(from: CreateIndexNode, to: CreateIndexNode): string;
  /** Enum changes (PostgreSQL types; MySQL's enums are column types and change with them). */
  renameEnum(from: CreateEnumNode, to: CreateEnumNode): string[];
  /** Makes room for an enum whose values change: the old type gets a temporary name. */
  replaceEnum(from: CreateEnumNode, to: CreateEnumNode): string[];
  dropEnum(node: CreateEnumNode): string[];
}

/** A column of the table after the migration, by name. */
export function columnIn(table: TableDiff, name: string): ColumnNode | undefined {
  return table.to.node.columns.find((c) => c.name === name);
}
