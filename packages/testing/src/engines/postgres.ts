import { type Extension, PGlite } from "@electric-sql/pglite";
import { byName, type Catalog, type CatalogForeignKey, type CatalogIndex, type CatalogTable } from "./catalog.js";

/** The one query method the catalog reader needs; PGlite and `pg` both have it. */
export interface PostgresQueryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

const ownSchemas =
  "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%'";

/** Reads tables, columns, indexes, foreign keys and enums of every user schema. */
export async function readPostgresCatalog(db: PostgresQueryable): Promise<Catalog> {
  const columns = await db.query<{
    schema: string;
    table: string;
    name: string;
    type: string;
    notnull: boolean;
    dflt: string | null;
  }>(`
    SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS dflt
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND ${ownSchemas}
    ORDER BY n.nspname, c.relname, a.attnum`);
  const indexes = await db.query<{
    schema: string;
    table: string;
    name: string;
    primary: boolean;
    unique: boolean;
    columns: string[];
    definition: string;
  }>(`
    SELECT n.nspname AS schema, t.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
           ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
           regexp_replace(pg_get_indexdef(x.indexrelid), ' ON [^ ]+ USING', ' ON <table> USING') AS definition
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace WHERE ${ownSchemas}`);
  const foreignKeys = await db.query<{
    schema: string;
    table: string;
    name: string;
    columns: string[];
    reftable: string;
    refcolumns: string[];
    ondelete: string;
    onupdate: string;
  }>(`
    SELECT n.nspname AS schema, t.relname AS table, c.conname AS name,
           ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
           rn.nspname || '.' || r.relname AS reftable,
           ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS refcolumns,
           c.confdeltype AS ondelete, c.confupdtype AS onupdate
    FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_class r ON r.oid = c.confrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
    WHERE c.contype = 'f' AND ${ownSchemas}`);
  const enums = await db.query<{ name: string; values: string[] }>(`
    SELECT n.nspname || '.' || t.typname AS name, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS values
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND ${ownSchemas}`);
  const tables = new Map<
    string,
    { columns: CatalogTable["columns"][number][]; indexes: CatalogIndex[]; foreignKeys: CatalogForeignKey[] }
  >();
  const table = (schema: string, name: string) => {
    const key = `${schema}.${name}`;
    const entry = tables.get(key) ?? { columns: [], indexes: [], foreignKeys: [] };
    tables.set(key, entry);
    return entry;
  };
  for (const c of columns.rows)
    table(c.schema, c.table).columns.push({ name: c.name, type: c.type, nullable: !c.notnull, default: c.dflt });
  for (const i of indexes.rows)
    table(i.schema, i.table).indexes.push({
      name: i.name,
      primary: i.primary,
      unique: i.unique,
      columns: i.columns,
      definition: i.definition,
    });
  for (const f of foreignKeys.rows) {
    table(f.schema, f.table).foreignKeys.push({
      name: f.name,
      columns: f.columns,
      referencedTable: f.reftable,
      referencedColumns: f.refcolumns,
      onDelete: actionName(f.ondelete),
      onUpdate: actionName(f.onupdate),
    });
  }
  return {
    tables: byName(
      [...tables].map(([name, t]) => ({
        name,
        columns: t.columns,
        indexes: byName(t.indexes),
        foreignKeys: byName(t.foreignKeys),
      })),
    ),
    enums: byName(enums.rows),
  };
}

/** PostgreSQL's one-letter action codes. */
function actionName(code: string): string {
  return (
    ({ a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" } as Record<string, string>)[
      code
    ] ?? code
  );
}

/** Drops every user schema and recreates an empty `public`, so one database serves many comparisons. */
export async function resetPostgres(db: PostgresQueryable): Promise<void> {
  const schemas = await db.query<{ name: string }>(
    `SELECT n.nspname AS name FROM pg_namespace n WHERE ${ownSchemas} AND n.nspname <> 'public'`,
  );
  const drops = schemas.rows.map((schema) => `DROP SCHEMA "${schema.name.replace(/"/g, '""')}" CASCADE;`).join("\n");
  await db.exec(`${drops}\nDROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
}

/** PostgreSQL extensions PGlite ships that schemas ask for (`extensions = [pg_trgm, citext]`). */
export type PgliteExtension = "pg_trgm" | "citext";

const pgliteExtensions: Readonly<Record<PgliteExtension, () => Promise<Extension>>> = {
  pg_trgm: async () => (await import("@electric-sql/pglite/contrib/pg_trgm")).pg_trgm,
  citext: async () => (await import("@electric-sql/pglite/contrib/citext")).citext,
};

/**
 * An in-process PostgreSQL (PGlite), with the named extensions available to `CREATE EXTENSION`. Close it, or Node
 * never exits.
 */
export async function createPglite(extensions: readonly PgliteExtension[] = []): Promise<PGlite> {
  if (extensions.length === 0) return PGlite.create();
  const loaded = await Promise.all(extensions.map(async (name) => [name, await pgliteExtensions[name]()] as const));
  return PGlite.create({ extensions: Object.fromEntries(loaded) });
}
