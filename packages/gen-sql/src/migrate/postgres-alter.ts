import { columnDefinition } from "../compile/default-renderers.js";
import { qualify } from "../compile/dialect.js";
import type { ColumnNode, CreateEnumNode, QualifiedName } from "../ddl/nodes.js";
import { postgresql } from "../dialects/postgresql.js";
import type { AlterSql } from "./alter-sql.js";
import type { ColumnChange, TableDiff } from "./compare.js";

const q = (name: string) => postgresql.quote(name);
const table = (name: QualifiedName) => qualify(postgresql, name);
const serials: Readonly<Record<string, string>> = { SERIAL: "INTEGER", BIGSERIAL: "BIGINT", SMALLSERIAL: "SMALLINT" };

/** The column's type without the SERIAL shorthand, which only CREATE TABLE and ADD COLUMN take. */
function plainType(column: ColumnNode): string {
  const type = postgresql.columnType(column);
  return serials[type] ?? type;
}

/** PostgreSQL's name for a serial column's sequence: `table_column_seq`, the longer part cut to fit 63 bytes. */
export function sequenceName(tableName: string, column: string): string {
  const available = 63 - "_seq".length - 1;
  let a = tableName.length;
  let b = column.length;
  while (a + b > available) {
    if (a > b) a--;
    else b--;
  }
  return `${tableName.slice(0, a)}_${column.slice(0, b)}_seq`;
}

function sequence(name: QualifiedName, column: string): string {
  return table({ schema: name.schema, name: sequenceName(name.name, column) });
}

function alterColumn(name: QualifiedName, change: ColumnChange): string[] {
  const { from, to } = change;
  const column = `ALTER COLUMN ${q(to.name)}`;
  const actions: string[] = [];
  const oldDefault = postgresql.columnDefault(from);
  const newDefault = to.autoIncrement
    ? `nextval('${sequence(name, to.name).replaceAll("'", "''")}'::regclass)`
    : postgresql.columnDefault(to);
  const resetDefault = change.type || change.default || from.autoIncrement !== to.autoIncrement;
  if (resetDefault && (oldDefault !== undefined || from.autoIncrement)) actions.push(`${column} DROP DEFAULT`);
  if (change.type && (plainType(from) !== plainType(to) || to.enumType !== undefined)) {
    const type = plainType(to);
    const viaText = to.enumType !== undefined || from.enumType !== undefined;
    const cast = viaText ? `${q(to.name)}::text${to.field.isList ? "[]" : ""}::${type}` : `${q(to.name)}::${type}`;
    actions.push(`${column} SET DATA TYPE ${type} USING (${cast})`);
  }
  // A serial column is NOT NULL whatever the schema says (CREATE TABLE makes it so).
  const required = (c: ColumnNode) => c.notNull || c.autoIncrement;
  if (required(from) !== required(to)) actions.push(`${column} ${required(to) ? "SET" : "DROP"} NOT NULL`);
  if (resetDefault && newDefault !== undefined) actions.push(`${column} SET DEFAULT ${newDefault}`);
  return actions;
}

function alterActions(diff: TableDiff): string[] {
  const name = diff.to.node.table;
  const actions: string[] = [];
  const oldKey = diff.from.node.primaryKey;
  const newKey = diff.to.node.primaryKey;
  if (diff.primaryKey === "changed" && oldKey) actions.push(`DROP CONSTRAINT ${q(oldKey.name)}`);
  for (const column of diff.dropped) actions.push(`DROP COLUMN ${q(column.name)}`);
  for (const column of diff.added) actions.push(`ADD COLUMN ${columnDefinition(column, postgresql)}`);
  for (const change of diff.altered) actions.push(...alterColumn(name, change));
  if (diff.primaryKey === "changed" && newKey)
    actions.push(`ADD CONSTRAINT ${q(newKey.name)} PRIMARY KEY (${newKey.columns.map(q).join(",")})`);
  return actions;
}

function recreate(node: CreateEnumNode, name: QualifiedName): string {
  return `CREATE TYPE ${table(name)} AS ENUM (${node.type.values.map((v) => postgresql.literal(v.dbName)).join(", ")});`;
}

/** The temporary name of an enum type being replaced. */
const oldEnum = (name: QualifiedName): QualifiedName => ({ schema: name.schema, name: `${name.name}_old` });

/** PostgreSQL: one ALTER TABLE per table, serial sequences kept in step, enums replaced through a temporary name. */
export const postgresAlter: AlterSql = {
  dialect: postgresql,
  dropForeignKey: (node) => `ALTER TABLE ${table(node.table)} DROP CONSTRAINT ${q(node.name)};`,
  dropIndex: (node) => `DROP INDEX ${table({ schema: node.table.schema, name: node.name })};`,
  dropTable: (name) => `DROP TABLE ${table(name)};`,
  renameTable: (from, to) => `ALTER TABLE ${table(from)} RENAME TO ${q(to.name)};`,
  renameColumn: (name, from, to) => `ALTER TABLE ${table(name)} RENAME COLUMN ${q(from)} TO ${q(to)};`,
  followRenames(diff) {
    const statements: string[] = [];
    const oldKey = diff.from.node.primaryKey;
    const newKey = diff.to.node.primaryKey;
    if (diff.primaryKey === "renamed" && oldKey && newKey)
      statements.push(
        `ALTER TABLE ${table(diff.to.node.table)} RENAME CONSTRAINT ${q(oldKey.name)} TO ${q(newKey.name)};`,
      );
    const columnRenames = new Map(diff.renamedColumns.map(([a, b]) => [b, a]));
    for (const column of diff.from.node.columns) {
      const target = diff.to.node.columns.find((c) => c.name === column.name);
      if (!column.autoIncrement || !target) continue;
      const before = sequenceName(diff.fromName.name, columnRenames.get(column.name) ?? column.name);
      const after = sequenceName(diff.to.node.table.name, column.name);
      if (before !== after)
        statements.push(
          `ALTER SEQUENCE ${table({ schema: diff.fromName.schema, name: before })} RENAME TO ${q(after)};`,
        );
    }
    return statements;
  },
  beforeAlter: (diff) =>
    diff.altered
      .filter((c) => c.to.autoIncrement && !c.from.autoIncrement)
      .map((c) => `CREATE SEQUENCE ${sequence(diff.to.node.table, c.to.name)};`),
  alterTable(diff) {
    const actions = alterActions(diff);
    return actions.length === 0 ? [] : [`ALTER TABLE ${table(diff.to.node.table)} ${actions.join(",\n")};`];
  },
  afterAlter: (diff) => [
    ...diff.altered
      .filter((c) => c.to.autoIncrement && !c.from.autoIncrement)
      .map(
        (c) =>
          `ALTER SEQUENCE ${sequence(diff.to.node.table, c.to.name)} OWNED BY ${table(diff.to.node.table)}.${q(c.to.name)};`,
      ),
    ...diff.altered
      .filter((c) => c.from.autoIncrement && !c.to.autoIncrement)
      .map((c) => `DROP SEQUENCE ${sequence(diff.to.node.table, c.to.name)};`),
  ],
  createIndex: (node) => postgresql.renderers.createIndex(node, postgresql),
  renameIndex: (from, to) =>
    `ALTER INDEX ${table({ schema: from.table.schema, name: from.name })} RENAME TO ${q(to.name)};`,
  renameEnum: (from, to) =>
    from.type.name === to.type.name ? [] : [`ALTER TYPE ${table(from.type)} RENAME TO ${q(to.type.name)};`],
  replaceEnum: (_from, to) => [
    `ALTER TYPE ${table(to.type)} RENAME TO ${q(oldEnum(to.type).name)};`,
    recreate(to, to.type),
  ],
  dropEnum: (node) => [`DROP TYPE ${table(node.type)};`],
};

/** The temporary name `replaceEnum` gave an enum, dropped once its columns use the new type. */
export function replacedEnumName(node: CreateEnumNode): QualifiedName {
  return oldEnum(node.type);
}
