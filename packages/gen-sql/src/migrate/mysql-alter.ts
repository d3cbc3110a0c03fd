import { qualify } from "../compile/dialect.js";
import type { QualifiedName } from "../ddl/nodes.js";
import { columnLine, keyColumns, mysql } from "../dialects/mysql.js";
import type { AlterSql } from "./alter-sql.js";
import type { TableDiff } from "./compare.js";

const q = (name: string) => mysql.quote(name);
const table = (name: QualifiedName) => qualify(mysql, name);

function primaryKey(diff: TableDiff): string | undefined {
  const pk = diff.to.node.primaryKey;
  if (!pk) return undefined;
  const columns = pk.columns.map((c, i) => {
    const length = pk.lengths?.[i];
    return `${q(c)}${length !== undefined ? `(${length})` : ""}`;
  });
  return `ADD PRIMARY KEY (${columns.join(", ")})`;
}

function alterActions(diff: TableDiff): string[] {
  const actions: string[] = [];
  if (diff.primaryKey === "changed" && diff.from.node.primaryKey) actions.push("DROP PRIMARY KEY");
  for (const column of diff.dropped) actions.push(`DROP COLUMN ${q(column.name)}`);
  for (const column of diff.added) actions.push(`ADD COLUMN ${columnLine(column, mysql)}`);
  for (const change of diff.altered) actions.push(`MODIFY ${columnLine(change.to, mysql)}`);
  const pk = diff.primaryKey === "changed" ? primaryKey(diff) : undefined;
  if (pk) actions.push(pk);
  return actions;
}

/** MySQL and MariaDB: MODIFY with the full column definition; enums are column types, so they change with them. */
export const mysqlAlter: AlterSql = {
  dialect: mysql,
  dropForeignKey: (node, autoIndex) =>
    `ALTER TABLE ${table(node.table)} DROP FOREIGN KEY ${q(node.name)};${autoIndex ? `\n\nDROP INDEX ${q(node.name)} ON ${table(node.table)};` : ""}`,
  dropIndex: (node) => `DROP INDEX ${q(node.name)} ON ${table(node.table)};`,
  dropTable: (name) => `DROP TABLE ${table(name)};`,
  renameTable: (from, to) => `ALTER TABLE ${table(from)} RENAME TO ${table(to)};`,
  renameColumn: (name, from, to) => `ALTER TABLE ${table(name)} RENAME COLUMN ${q(from)} TO ${q(to)};`,
  followRenames: () => [],
  beforeAlter: () => [],
  alterTable(diff) {
    const actions = alterActions(diff);
    return actions.length === 0 ? [] : [`ALTER TABLE ${table(diff.to.node.table)} ${actions.join(",\n")};`];
  },
  afterAlter: () => [],
  createIndex(node) {
    const kind = node.fulltext ? "FULLTEXT INDEX" : node.unique ? "UNIQUE INDEX" : "INDEX";
    return `CREATE ${kind} ${q(node.name)} ON ${table(node.table)}(${keyColumns(node, mysql)});`;
  },
  renameIndex: (from, to) => `ALTER TABLE ${table(to.table)} RENAME INDEX ${q(from.name)} TO ${q(to.name)};`,
  renameEnum: () => [],
  replaceEnum: () => [],
  dropEnum: () => [],
};
