import type { AddForeignKeyNode, CreateTableNode, DdlNode } from "../ddl/nodes.js";
import type { AlterSql } from "./alter-sql.js";
import type { SchemaDiff } from "./compare.js";
import { replacedEnumName } from "./postgres-alter.js";
import { columnRenames, tableRenames } from "./rename-steps.js";
import { keyOf, type TableState } from "./state.js";

/** A titled group of statements, as Prisma's migration files have them (`-- AlterTable`...). */
export interface Section {
  readonly title: string;
  readonly statements: readonly string[];
}

function render(node: DdlNode, sql: AlterSql): string | undefined {
  const renderer = sql.dialect.renderers[node.kind] as (
    node: DdlNode,
    dialect: AlterSql["dialect"],
  ) => string | undefined;
  return renderer(node, sql.dialect);
}

/** A new table as CREATE TABLE writes it; MySQL declares its indexes inside. */
function createTable(state: TableState, sql: AlterSql): string | undefined {
  const node: CreateTableNode =
    sql.dialect.name === "mysql" ? { ...state.node, inlineIndexes: state.indexes } : state.node;
  return render(node, sql);
}

/**
 * Whether MySQL kept an index of its own for a foreign key. It makes one, named like the key, when no index or key of
 * the table starts with the key's columns, and drops it silently when a later index can serve the key instead: one
 * that starts with the same columns, another key's own index included. So a key has none when an index, the primary
 * key, a key with more columns starting with its columns, or an earlier key on the same columns serves it.
 */
function autoIndexed(fk: AddForeignKeyNode, diff: SchemaDiff, sql: AlterSql): boolean {
  if (sql.dialect.name !== "mysql") return false;
  const state = diff.before.tables.get(keyOf(fk.table));
  if (!state || diff.dropped.includes(state)) return false;
  const serves = (list: readonly string[]) => fk.columns.every((column, i) => list[i] === column);
  const lists = [
    ...state.indexes.filter((i) => !i.fulltext).map((i) => i.columns.map((c) => c.name)),
    ...(state.node.primaryKey ? [state.node.primaryKey.columns] : []),
  ];
  if (lists.some(serves)) return false;
  const position = state.foreignKeys.findIndex((other) => other.name === fk.name);
  return !state.foreignKeys.some(
    (other, i) =>
      other.name !== fk.name &&
      serves(other.columns) &&
      (other.columns.length > fk.columns.length || (other.columns.length === fk.columns.length && i < position)),
  );
}

const defined = (items: readonly (string | undefined)[]): string[] =>
  items.filter((item): item is string => item !== undefined);

/**
 * The migration of a PostgreSQL or MySQL database, in a safe order: foreign keys and indexes that change are
 * dropped first, then tables dropped, enums made room for, renames, new tables, table changes, enums dropped,
 * and indexes and foreign keys created last, when every table and column they need exists.
 */
export function alterSections(diff: SchemaDiff, sql: AlterSql): Section[] {
  const separateIndexes = sql.dialect.name !== "mysql";
  const renames = tableRenames(diff.kept);
  return [
    { title: "CreateSchema", statements: defined(diff.preamble.map((node) => render(node, sql))) },
    {
      title: "DropForeignKey",
      statements: diff.dropForeignKeys.map((fk) => sql.dropForeignKey(fk, autoIndexed(fk, diff, sql))),
    },
    { title: "DropIndex", statements: diff.dropIndexes.map(sql.dropIndex) },
    { title: "DropTable", statements: diff.dropped.map((t) => sql.dropTable(t.node.table)) },
    { title: "CreateEnum", statements: defined(diff.createdEnums.map((node) => render(node, sql))) },
    {
      title: "AlterEnum",
      statements: diff.keptEnums.flatMap((e) => [
        ...sql.renameEnum(e.from, e.to),
        ...(e.valuesChanged ? sql.replaceEnum(e.from, e.to) : []),
      ]),
    },
    { title: "RenameTable", statements: renames.map((r) => sql.renameTable(r.from, r.to)) },
    {
      title: "RenameColumn",
      statements: diff.kept.flatMap((t) => [
        ...columnRenames(t).map((r) => sql.renameColumn(t.to.node.table, r.from, r.to)),
        ...sql.followRenames(t),
      ]),
    },
    { title: "RenameIndex", statements: diff.renameIndexes.map((r) => sql.renameIndex(r.from, r.to)) },
    { title: "CreateTable", statements: defined(diff.created.map((t) => createTable(t, sql))) },
    {
      title: "AlterTable",
      statements: [
        ...diff.kept.flatMap(sql.beforeAlter),
        ...diff.kept.flatMap(sql.alterTable),
        ...diff.kept.flatMap(sql.afterAlter),
      ],
    },
    {
      title: "DropEnum",
      statements: [
        ...diff.keptEnums
          .filter((e) => e.valuesChanged)
          .flatMap((e) => sql.dropEnum({ ...e.to, type: { ...e.to.type, ...replacedEnumName(e.to) } })),
        ...diff.droppedEnums.flatMap(sql.dropEnum),
      ],
    },
    {
      title: "CreateIndex",
      statements: defined(
        [...(separateIndexes ? diff.created.flatMap((t) => t.indexes) : []), ...diff.createIndexes].map(
          sql.createIndex,
        ),
      ),
    },
    {
      title: "AddForeignKey",
      statements: defined(
        [...diff.created.flatMap((t) => t.foreignKeys), ...diff.addForeignKeys].map((node) => render(node, sql)),
      ),
    },
  ];
}
