import type { Dialect } from "../compile/dialect.js";
import type { SchemaDiff, TableDiff } from "./compare.js";
import { displacedPrefix } from "./name-map.js";

/**
 * A step that can lose data (`drop`) or fail on a table with rows (`may-fail`), stated in the script as a
 * comment and returned as a diagnostic.
 */
export interface MigrationWarning {
  readonly kind:
    | "dropped-table"
    | "dropped-column"
    | "changed-type"
    | "required-column"
    | "not-null"
    | "enum-values"
    | "unique"
    | "rebuilt-join-table";
  /** Whether data is lost (a drop, a narrowing cast) or the step may only fail on existing rows. */
  readonly effect: "loses-data" | "may-fail";
  /** The table's name after the migration (before it, for a dropped table). */
  readonly table: string;
  readonly column: string | undefined;
  readonly message: string;
}

/** Type changes every engine makes without losing a value. */
const widenings: readonly (readonly [RegExp, RegExp])[] = [
  [/^(SMALLINT|INTEGER|INT)$/, /^(INTEGER|BIGINT|DOUBLE PRECISION|DOUBLE|DECIMAL.*|TEXT)$/],
  [/^(SERIAL|SMALLSERIAL)$/, /^BIGSERIAL$/],
  [/^REAL$/, /^(DOUBLE PRECISION|DOUBLE)$/],
  [/^VARCHAR\(\d+\)$/, /^TEXT$/],
  [/^(CHAR|VARCHAR)\(\d+\)$/, /^(VARCHAR\(\d+\)|TEXT)$/],
];

function isWidening(from: string, to: string): boolean {
  if (from === to) return true;
  // MySQL enums: values added at the end keep every stored value.
  if (from.startsWith("ENUM(") && to.startsWith(`${from.slice(0, -1)}, `)) return true;
  const length = (type: string) => Number(/\((\d+)\)$/.exec(type)?.[1] ?? Number.NaN);
  if (/^VARCHAR\(\d+\)$/.test(from) && /^VARCHAR\(\d+\)$/.test(to)) return length(to) >= length(from);
  return widenings.some(
    ([a, b]) =>
      a.test(from) && b.test(to) && !(/VARCHAR/.test(to) && /CHAR\(\d+\)$/.test(from) && length(to) < length(from)),
  );
}

function columnWarnings(table: TableDiff, dialect: Dialect): MigrationWarning[] {
  const name = table.to.node.table.name;
  const warnings: MigrationWarning[] = [];
  for (const column of table.dropped)
    warnings.push({
      kind: "dropped-column",
      effect: "loses-data",
      table: name,
      column: column.name.replace(displacedPrefix, ""),
      message: `You are about to drop the column \`${column.name.replace(displacedPrefix, "")}\` on the \`${name}\` table, which still holds data. All the data in the column will be lost.`,
    });
  for (const column of table.added)
    if (column.notNull && dialect.columnDefault(column) === undefined && !column.autoIncrement)
      warnings.push({
        kind: "required-column",
        effect: "may-fail",
        table: name,
        column: column.name,
        message: `Added the required column \`${column.name}\` to the \`${name}\` table without a default value. This is not possible if the table is not empty.`,
      });
  for (const change of table.altered) {
    const from = dialect.columnType(change.from);
    const to = dialect.columnType(change.to);
    if (change.type && !isWidening(from, to))
      warnings.push({
        kind: "changed-type",
        effect: "loses-data",
        table: name,
        column: change.to.name,
        message: `The column \`${change.to.name}\` on the \`${name}\` table changes from ${from} to ${to}: values that do not convert make the migration fail, and a narrower type can lose precision.`,
      });
    if (change.notNull && change.to.notNull)
      warnings.push({
        kind: "not-null",
        effect: "may-fail",
        table: name,
        column: change.to.name,
        message: `Made the column \`${change.to.name}\` on the \`${name}\` table required; this fails if it holds NULL values.`,
      });
  }
  return warnings;
}

/** Every warning of a migration, in the order of the tables. */
export function migrationWarnings(diff: SchemaDiff, dialect: Dialect): MigrationWarning[] {
  const warnings: MigrationWarning[] = [];
  for (const table of diff.dropped)
    warnings.push({
      kind: "dropped-table",
      effect: "loses-data",
      table: table.node.table.name,
      column: undefined,
      message: `You are about to drop the \`${table.node.table.name}\` table. All the data in the table will be lost.`,
    });
  for (const table of diff.kept) warnings.push(...columnWarnings(table, dialect));
  for (const index of diff.createIndexes)
    if (index.unique)
      warnings.push({
        kind: "unique",
        effect: "may-fail",
        table: index.table.name,
        column: index.columns.map((c) => c.name).join(", "),
        message: `A unique index \`${index.name}\` covering the columns [${index.columns.map((c) => c.name).join(",")}] on the table \`${index.table.name}\` will be added. If there are existing duplicate values, this will fail.`,
      });
  for (const item of diff.keptEnums) {
    const removed = item.from.type.values.filter((v) => !item.to.type.values.some((w) => w.dbName === v.dbName));
    if (removed.length > 0)
      warnings.push({
        kind: "enum-values",
        effect: "may-fail",
        table: item.to.type.name,
        column: undefined,
        message: `The values [${removed.map((v) => v.dbName).join(",")}] on the enum \`${item.to.type.name}\` will be removed. If these variants are still used in the database, this will fail.`,
      });
  }
  return warnings;
}
