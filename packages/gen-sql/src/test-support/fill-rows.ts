import type { SchemaModel } from "@cardinal/core";
import type { SqlEngine } from "@cardinal/testing";
import { type Dialect, qualify } from "../compile/dialect.js";
import type { AddForeignKeyNode, ColumnNode, CreateTableNode } from "../ddl/nodes.js";
import { planSchema } from "../ddl/plan-schema.js";
import { mysql } from "../dialects/mysql.js";
import { postgresql } from "../dialects/postgresql.js";
import { sqlite } from "../dialects/sqlite.js";

const dialects = { postgresql, mysql, sqlite } as const;

/** A literal for row `i` of a column, by its SQL type; undefined when no value is known for the type. */
function literal(column: ColumnNode, i: number, dialect: Dialect): string | undefined {
  if (column.enumType) return dialect.literal(column.enumType.values[i % column.enumType.values.length]?.dbName ?? "");
  const type = dialect.columnType(column).toUpperCase();
  if (type.endsWith("[]")) return "'{}'";
  const length = Number(/\((\d+)/.exec(type)?.[1] ?? "99");
  if (/UUID/.test(type)) return `'00000000-0000-4000-8000-00000000000${i}'`;
  if (/BOOL|^BIT\(1\)/.test(type)) return i % 2 === 0 ? "false" : "true";
  if (/^TIME(?!STAMP)/.test(type)) return `'10:00:0${i}'`;
  if (/DATE|TIME/.test(type)) return `'2024-01-0${i + 1} 00:00:00'`;
  if (/JSON/.test(type)) return `'{"v":${i}}'`;
  if (/BYTEA/.test(type)) return `'\\x0${i}'`;
  if (/BLOB|BINARY/.test(type)) return `X'0${i}'`;
  if (/INT|SERIAL|DEC|NUM|REAL|DOUBLE|FLOAT|MONEY|YEAR/.test(type)) return `${i + 1}`;
  if (/INET|CIDR/.test(type)) return `'10.0.0.${i + 1}'`;
  if (/XML/.test(type)) return "'<a/>'";
  if (/CHAR|TEXT|STRING|CITEXT/.test(type)) return length < 3 ? `'${i}'` : `'v${i}'`;
  return undefined;
}

type Row = Map<string, string>;

function rowFor(
  table: CreateTableNode,
  keys: readonly AddForeignKeyNode[],
  filled: ReadonlyMap<string, Row[]>,
  i: number,
  dialect: Dialect,
): Row | undefined {
  const row: Row = new Map();
  for (const column of table.columns) {
    const value = literal(column, i, dialect);
    if (value !== undefined) row.set(column.name, value);
    else if (column.notNull) return undefined;
  }
  for (const key of keys) {
    const parents = filled.get(qualify(dialect, key.referencedTable));
    const self = qualify(dialect, key.referencedTable) === qualify(dialect, table.table);
    const parent = parents?.[i % parents.length] ?? (self ? row : undefined);
    key.columns.forEach((column, k) => {
      const value = parent?.get(key.referencedColumns[k] as string);
      if (value !== undefined) row.set(column, value);
      else row.delete(column);
    });
  }
  return row;
}

/**
 * Inserts two rows into every table of a database created from `model`, parents before children, each value
 * chosen to satisfy types, keys and foreign keys. A row that cannot be made is left out. Returns the rows per
 * table (qualified, quoted name).
 */
export async function fillRows(engine: SqlEngine, model: SchemaModel): Promise<Map<string, number>> {
  const dialect = dialects[engine.dialect];
  const nodes = planSchema(model, { provider: dialect.provider, comments: false });
  const tables = nodes.filter((n): n is CreateTableNode => n.kind === "createTable");
  const keys = nodes.filter((n): n is AddForeignKeyNode => n.kind === "addForeignKey");
  const filled = new Map<string, Row[]>();
  const pending = [...tables];
  while (pending.length > 0) {
    const ready = pending.findIndex((t) =>
      keys
        .filter((k) => qualify(dialect, k.table) === qualify(dialect, t.table))
        .every((k) => k.referencedTable.name === t.table.name || filled.has(qualify(dialect, k.referencedTable))),
    );
    const [table] = pending.splice(Math.max(ready, 0), 1);
    if (!table) break;
    const name = qualify(dialect, table.table);
    const own = keys.filter((k) => qualify(dialect, k.table) === name);
    const rows: Row[] = [];
    filled.set(name, rows);
    for (let i = 0; i < 2; i++) {
      const row = rowFor(table, own, filled, i, dialect);
      if (!row || row.size === 0) continue;
      const columns = [...row.keys()].map((c) => dialect.quote(c)).join(", ");
      const sql = `INSERT INTO ${name} (${columns}) VALUES (${[...row.values()].join(", ")});`;
      if ((await engine.violation(sql)) === undefined) rows.push(row);
    }
  }
  return new Map([...filled].map(([name, rows]) => [name, rows.length]));
}

/** The number of rows of a table. */
export async function countRows(engine: SqlEngine, table: string): Promise<number> {
  const [row] = await engine.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row?.n ?? 0);
}
