import { createRequire } from "node:module";
import initSqlJs, { type Database, type SqlJsStatic } from "sql.js";
import { byName, type Catalog, type CatalogForeignKey, type CatalogIndex, type CatalogTable } from "./catalog.js";

let sqlJs: Promise<SqlJsStatic> | undefined;

/** A fresh in-memory SQLite database (sql.js, wasm) with foreign keys enforced. */
export async function createSqlite(): Promise<Database> {
  const require = createRequire(import.meta.url);
  sqlJs ??= initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) });
  const db = new (await sqlJs).Database();
  db.run("PRAGMA foreign_keys = ON;");
  return db;
}

function rows<T>(db: Database, sql: string): T[] {
  const result = db.exec(sql)[0];
  if (!result) return [];
  return result.values.map((values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i]])) as T);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Reads tables, columns, indexes and foreign keys (SQLite keeps no foreign key names). */
export function readSqliteCatalog(db: Database): Catalog {
  const tables = rows<{ name: string; sql: string }>(
    db,
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return { tables: byName(tables.map((table) => readTable(db, table.name, table.sql))), enums: [] };
}

/** A partial index's condition: the text after `WHERE` in its `CREATE INDEX`, as SQLite keeps it. */
function partialIndexCondition(db: Database, index: string): string {
  const [row] = rows<{ sql: string }>(
    db,
    `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '${index.replace(/'/g, "''")}'`,
  );
  return `WHERE ${/\sWHERE\s+([\s\S]*)$/i.exec(row?.sql ?? "")?.[1]?.trim() ?? ""}`;
}

function readTable(db: Database, name: string, sql: string): CatalogTable {
  const autoIncrement = /AUTOINCREMENT/i.test(sql);
  const columns = rows<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(
    db,
    `PRAGMA table_info(${quote(name)})`,
  );
  const indexList = rows<{ name: string; unique: number; origin: string; partial: number }>(
    db,
    `PRAGMA index_list(${quote(name)})`,
  );
  const indexes: CatalogIndex[] = indexList.map((index) => ({
    // SQLite names implicit primary key/unique indexes itself (sqlite_autoindex_...); the origin says what they are.
    name: index.origin === "pk" ? "(primary key)" : index.name,
    primary: index.origin === "pk",
    unique: index.unique === 1,
    columns: rows<{ name: string }>(db, `PRAGMA index_info(${quote(index.name)})`).map((column) => column.name),
    ...(index.partial === 1 ? { definition: partialIndexCondition(db, index.name) } : {}),
  }));
  const pkColumns = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
  if (pkColumns.length > 0 && !indexes.some((index) => index.primary)) {
    indexes.push({
      name: "(primary key)",
      primary: true,
      unique: true,
      columns: pkColumns.map((column) => column.name),
    });
  }
  const keyRows = rows<{
    id: number;
    seq: number;
    table: string;
    from: string;
    to: string;
    on_update: string;
    on_delete: string;
  }>(db, `PRAGMA foreign_key_list(${quote(name)})`);
  const foreignKeys = new Map<number, CatalogForeignKey & { columns: string[]; referencedColumns: string[] }>();
  for (const row of keyRows.sort((a, b) => a.id - b.id || a.seq - b.seq)) {
    const key = foreignKeys.get(row.id) ?? {
      name: "",
      columns: [],
      referencedTable: row.table,
      referencedColumns: [],
      onDelete: row.on_delete,
      onUpdate: row.on_update,
    };
    key.columns.push(row.from);
    key.referencedColumns.push(row.to);
    foreignKeys.set(row.id, key);
  }
  return {
    name,
    columns: columns.map((column) => ({
      name: column.name,
      type: column.type,
      nullable: column.notnull === 0,
      default: column.dflt_value,
      ...(column.pk > 0 && pkColumns.length === 1 ? { autoIncrement } : {}),
    })),
    indexes: byName(indexes),
    foreignKeys: [...foreignKeys.values()].sort(
      (a, b) => a.columns.join().localeCompare(b.columns.join()) || a.referencedTable.localeCompare(b.referencedTable),
    ),
  };
}
