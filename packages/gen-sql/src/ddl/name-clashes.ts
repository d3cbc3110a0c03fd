import type { Diagnostic, SchemaModel } from "@cardinal/core";
import type { SqlDialect } from "../options.js";
import { type Declared, declaredColumn, declaredIndex, declaredTable, foldClashes, modelOf } from "./declared.js";
import { mysqlClashes } from "./mysql-name-clashes.js";
import type { DdlNode } from "./nodes.js";
import { postgresClashes } from "./postgres-name-clashes.js";

/**
 * Names the engine of `dialect` cannot tell apart although the schema can, so the DDL would fail or mean something
 * else: on SQLite, tables and indexes (one namespace) or columns of a table that differ only by ASCII case; on
 * PostgreSQL, see `postgresClashes`; on MySQL, see `mysqlClashes`. One error per clash.
 */
export function sqlNameClashes(nodes: readonly DdlNode[], model: SchemaModel, dialect: SqlDialect): Diagnostic[] {
  if (dialect === "sqlite") return sqliteClashes(nodes, model);
  if (dialect === "postgresql") return postgresClashes(nodes, model);
  return mysqlClashes(nodes, model);
}

const asciiLower = (name: string) => name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

function sqliteClashes(nodes: readonly DdlNode[], model: SchemaModel): Diagnostic[] {
  const objects: Declared[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const node of nodes) {
    if (node.kind === "createTable") {
      objects.push(declaredTable(node, model));
      const owner = modelOf(model, node.table);
      const columns = node.columns.map((column) => declaredColumn(column.name, owner));
      diagnostics.push(...caseClashes(columns));
      for (const index of node.inlineIndexes) objects.push(declaredIndex(index.name, index.table, model));
    } else if (node.kind === "createIndex") objects.push(declaredIndex(node.name, node.table, model));
  }
  return [...caseClashes(objects), ...diagnostics];
}

/** Pairs of declarations whose names differ only by ASCII case (SQLite folds nothing else). */
function caseClashes(declared: readonly Declared[]): Diagnostic[] {
  return foldClashes(
    declared,
    asciiLower,
    (first, item) =>
      `No sqlite.sql: SQLite does not tell names apart by case, so ${first.label} and ${item.label} clash.`,
  );
}
