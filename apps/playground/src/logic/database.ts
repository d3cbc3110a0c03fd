import { PGlite } from "@electric-sql/pglite";
import { loadExtensions, requiredExtensions } from "./extensions.js";

/** A table as the database reports it after the DDL ran. */
export interface TableInfo {
  /** The database schema (`public` unless the Prisma schema uses `@@schema`). */
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly {
    readonly name: string;
    readonly type: string;
    readonly nullable: boolean;
    readonly hasDefault: boolean;
  }[];
  /** Constraint definitions as PostgreSQL prints them (`PRIMARY KEY (id)`, `FOREIGN KEY ... ON DELETE CASCADE`). */
  readonly constraints: readonly { readonly name: string; readonly definition: string }[];
}

/** The result of running SQL: what the database answered, or its error message. */
export type SqlOutcome =
  | { readonly ok: true; readonly rows: readonly Record<string, unknown>[]; readonly affected: number }
  | { readonly ok: false; readonly error: string };

/** An in-browser (or in-process) PostgreSQL that the playground's SQL runs on. */
export interface PlaygroundDatabase {
  /** Drops everything and runs the DDL in a fresh schema; returns the tables, or the database's error. */
  apply(
    ddl: string,
  ): Promise<
    | { ok: true; tables: readonly TableInfo[]; enums: ReadonlyMap<string, readonly string[]> }
    | { ok: false; error: string }
  >;
  /** Runs any statements (inserts, selects) and returns the last result or the error. */
  run(sql: string): Promise<SqlOutcome>;
  close(): Promise<void>;
}

/** The schemas the user's DDL may create tables in: all but PostgreSQL's own. */
const own = "n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg\\_%'";

const tablesQuery = `
select n.nspname as schema, c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type, not a.attnotnull as nullable, a.atthasdef as "hasDefault"
from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
where ${own} and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
order by n.nspname = 'public' desc, n.nspname collate "C", c.relname collate "C", a.attnum`;

const constraintsQuery = `
select * from (
select n.nspname as schema, c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
where ${own} and k.contype <> 'n'
union all
select n.nspname, c.relname, i.relname, pg_get_indexdef(i.oid)
from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
join pg_namespace n on n.oid = c.relnamespace
where ${own} and not exists (select 1 from pg_constraint k where k.conindid = i.oid)
) s order by schema collate "C", "table" collate "C", name collate "C"`;

/**
 * Opens an empty in-memory PGlite. A DDL that creates a contrib extension (citext, pg_trgm...) reopens it with that
 * extension loaded; pgvector is not shipped by PGlite, so its `CREATE EXTENSION` still fails.
 */
export async function openDatabase(): Promise<PlaygroundDatabase> {
  let loaded: string[] = [];
  let db: PGlite = await PGlite.create();
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const ensureExtensions = async (ddl: string) => {
    const needed = requiredExtensions(ddl);
    if (needed.every((name) => loaded.includes(name))) return;
    loaded = [...new Set([...loaded, ...needed])].sort();
    await db.close();
    db = await PGlite.create({ extensions: await loadExtensions(loaded) });
  };
  return {
    async apply(ddl) {
      try {
        await ensureExtensions(ddl);
        await dropEverything(db);
        await db.exec(ddl);
        return { ok: true, tables: await describeTables(db), enums: await enumLabels(db) };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
    async run(sql) {
      try {
        const results = await db.exec(sql);
        const last = results.at(-1);
        return { ok: true, rows: (last?.rows ?? []) as Record<string, unknown>[], affected: last?.affectedRows ?? 0 };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
    close: () => db.close(),
  };
}

/** Drops every user schema (multi-schema DDL creates its own) and starts with an empty `public`. */
async function dropEverything(db: PGlite): Promise<void> {
  const schemas = await db.query<{ name: string }>(`select n.nspname as name from pg_namespace n where ${own}`);
  const drops = schemas.rows.map((row) => `drop schema "${row.name.replaceAll('"', '""')}" cascade;`).join("\n");
  await db.exec(`${drops}\ncreate schema public;`);
}

/** Every enum type (named as format_type prints it) with its labels in order. */
async function enumLabels(db: PGlite): Promise<Map<string, string[]>> {
  const result = await db.query<{ type: string; label: string }>(
    "select format_type(t.oid, null) as type, e.enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid order by t.oid, e.enumsortorder",
  );
  const enums = new Map<string, string[]>();
  for (const row of result.rows) enums.set(row.type, [...(enums.get(row.type) ?? []), row.label]);
  return enums;
}

type Row = { schema: string; table: string };

async function describeTables(db: PGlite): Promise<TableInfo[]> {
  const columns = await db.query<Row & { column: string; type: string; nullable: boolean; hasDefault: boolean }>(
    tablesQuery,
  );
  const constraints = await db.query<Row & { name: string; definition: string }>(constraintsQuery);
  type Entry = TableInfo & { columns: TableInfo["columns"][number][]; constraints: TableInfo["constraints"][number][] };
  const tables = new Map<string, Entry>();
  const table = ({ schema, table: name }: Row) => {
    const key = `${schema}.${name}`;
    const entry = tables.get(key) ?? { schema, name, columns: [], constraints: [] };
    tables.set(key, entry);
    return entry;
  };
  for (const row of columns.rows)
    table(row).columns.push({ name: row.column, type: row.type, nullable: row.nullable, hasDefault: row.hasDefault });
  for (const row of constraints.rows) table(row).constraints.push({ name: row.name, definition: row.definition });
  return [...tables.values()];
}
