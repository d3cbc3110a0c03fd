import { PGlite } from "@electric-sql/pglite";

/** A table as the database reports it after the DDL ran. */
export interface TableInfo {
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
  apply(ddl: string): Promise<{ ok: true; tables: readonly TableInfo[] } | { ok: false; error: string }>;
  /** Runs any statements (inserts, selects) and returns the last result or the error. */
  run(sql: string): Promise<SqlOutcome>;
  close(): Promise<void>;
}

const tablesQuery = `
select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type, not a.attnotnull as nullable, a.atthasdef as "hasDefault"
from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
order by c.relname collate "C", a.attnum`;

const constraintsQuery = `
select * from (
select c.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'public' and k.contype <> 'n'
union all
select c.relname, i.relname, pg_get_indexdef(i.oid)
from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'public' and not exists (select 1 from pg_constraint k where k.conindid = i.oid)
) s order by "table" collate "C", name collate "C"`;

/** Opens an empty in-memory PGlite. */
export async function openDatabase(): Promise<PlaygroundDatabase> {
  const db = await PGlite.create();
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  return {
    async apply(ddl) {
      try {
        await db.exec("drop schema public cascade; create schema public;");
        await db.exec(ddl);
        return { ok: true, tables: await describeTables(db) };
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

async function describeTables(db: PGlite): Promise<TableInfo[]> {
  const columns = await db.query<{
    table: string;
    column: string;
    type: string;
    nullable: boolean;
    hasDefault: boolean;
  }>(tablesQuery);
  const constraints = await db.query<{ table: string; name: string; definition: string }>(constraintsQuery);
  const tables = new Map<
    string,
    { name: string; columns: TableInfo["columns"][number][]; constraints: TableInfo["constraints"][number][] }
  >();
  const table = (name: string) => {
    const entry = tables.get(name) ?? { name, columns: [], constraints: [] };
    tables.set(name, entry);
    return entry;
  };
  for (const row of columns.rows)
    table(row.table).columns.push({
      name: row.column,
      type: row.type,
      nullable: row.nullable,
      hasDefault: row.hasDefault,
    });
  for (const row of constraints.rows) table(row.table).constraints.push({ name: row.name, definition: row.definition });
  return [...tables.values()];
}
