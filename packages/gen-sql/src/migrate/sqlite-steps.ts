import { qualify } from "../compile/dialect.js";
import type { CreateTableNode } from "../ddl/nodes.js";
import { sqlite } from "../dialects/sqlite.js";
import type { Section } from "./alter-steps.js";
import type { SchemaDiff, TableDiff } from "./compare.js";
import { columnRenames, tableRenames } from "./rename-steps.js";

const q = (name: string) => sqlite.quote(name);

function createTable(node: CreateTableNode): string {
  return sqlite.renderers.createTable(node, sqlite) as string;
}

/** Whether a kept table's CREATE TABLE (columns, keys, inline foreign keys) changes beyond renames. */
export function needsRebuild(table: TableDiff): boolean {
  return createTable(table.from.node) !== createTable(table.to.node);
}

/**
 * SQLite's table redefinition (https://www.sqlite.org/lang_altertable.html, section 7): the new table under a
 * temporary name, every row copied (columns kept across the migration, already renamed), the old table dropped
 * and the new one renamed. Columns that are new take their default.
 */
function rebuild(table: TableDiff): string[] {
  const name = table.to.node.table;
  const temporary = { ...name, name: `new_${name.name}` };
  const kept = table.to.node.columns.filter((c) => table.from.node.columns.some((old) => old.name === c.name));
  const columns = kept.map((c) => q(c.name)).join(", ");
  // With no column in common, each row still becomes a row: the first column gets its default (or NULL).
  const first = table.to.node.columns[0];
  const copy =
    kept.length > 0
      ? `INSERT INTO ${qualify(sqlite, temporary)} (${columns}) SELECT ${columns} FROM ${qualify(sqlite, name)};`
      : first &&
        `INSERT INTO ${qualify(sqlite, temporary)} (${q(first.name)}) SELECT ${sqlite.columnDefault(first) ?? "NULL"} FROM ${qualify(sqlite, name)};`;
  return [
    createTable({ ...table.to.node, table: temporary }),
    ...(copy ? [copy] : []),
    `DROP TABLE ${qualify(sqlite, name)};`,
    `ALTER TABLE ${qualify(sqlite, temporary)} RENAME TO ${q(name.name)};`,
  ];
}

/** Fails the statement (and so the transaction) when a foreign key no longer holds: SQLite's check only reports. */
const foreignKeyGuard = [
  "PRAGMA foreign_key_check;",
  'CREATE TEMP TABLE "_cardinal_foreign_key_check" ("violations" INTEGER NOT NULL CHECK ("violations" = 0));',
  'INSERT INTO "_cardinal_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check;',
  'DROP TABLE "_cardinal_foreign_key_check";',
];

/**
 * The migration of a SQLite database. Foreign keys are switched off outside the transaction (inside one the
 * pragma does nothing), so that dropping a rebuilt table cascades nowhere; they are checked before COMMIT.
 */
export function sqliteSections(diff: SchemaDiff): Section[] {
  const rebuilt = diff.kept.filter(needsRebuild);
  // SQLite cannot rename an index: a renamed one is dropped and created under its new name.
  const createIndexes = [...diff.createIndexes, ...diff.renameIndexes.map((r) => r.to)];
  const keptIndexNames = new Set(createIndexes.map((i) => i.name));
  return [
    { title: "Begin", statements: ["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;"] },
    {
      title: "DropIndex",
      statements: [...diff.dropIndexes, ...diff.renameIndexes.map((r) => r.from)].map(
        (i) => `DROP INDEX ${q(i.name)};`,
      ),
    },
    { title: "DropTable", statements: diff.dropped.map((t) => `DROP TABLE ${qualify(sqlite, t.node.table)};`) },
    {
      title: "RenameTable",
      statements: tableRenames(diff.kept).map(
        (r) => `ALTER TABLE ${qualify(sqlite, r.from)} RENAME TO ${q(r.to.name)};`,
      ),
    },
    {
      title: "RenameColumn",
      statements: diff.kept.flatMap((t) =>
        columnRenames(t).map(
          (r) => `ALTER TABLE ${qualify(sqlite, t.to.node.table)} RENAME COLUMN ${q(r.from)} TO ${q(r.to)};`,
        ),
      ),
    },
    { title: "CreateTable", statements: diff.created.map((t) => createTable(t.node)) },
    { title: "RedefineTables", statements: rebuilt.flatMap(rebuild) },
    {
      title: "CreateIndex",
      statements: [
        ...diff.created.flatMap((t) => t.indexes),
        ...rebuilt.flatMap((t) => t.to.indexes.filter((i) => !keptIndexNames.has(i.name))),
        ...createIndexes,
      ]
        .map((i) => sqlite.renderers.createIndex(i, sqlite))
        .filter((sql): sql is string => sql !== undefined),
    },
    { title: "Commit", statements: [...foreignKeyGuard, "COMMIT;", "PRAGMA foreign_keys=ON;"] },
  ];
}
