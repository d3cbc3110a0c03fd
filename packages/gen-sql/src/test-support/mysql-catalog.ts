import type { Catalog, CatalogColumn, CatalogForeignKey, CatalogIndex, SqlEngine } from "@cardinal/testing";

const byName = <T extends { name: string }>(items: T[]) =>
  [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** Tables, columns (type, nullability, default, extra), indexes and foreign keys of the current MySQL database. */
export async function readMysqlCatalog(engine: SqlEngine): Promise<Catalog> {
  const columns = await engine.query<Record<string, string | null>>(
    "SELECT TABLE_NAME t, COLUMN_NAME c, COLUMN_TYPE ty, IS_NULLABLE n, COLUMN_DEFAULT d, EXTRA e FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION",
  );
  const indexes = await engine.query<Record<string, string | number>>(
    "SELECT TABLE_NAME t, INDEX_NAME i, NON_UNIQUE u, COLUMN_NAME c, SUB_PART p, INDEX_TYPE k FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
  );
  const keys = await engine.query<Record<string, string>>(
    `SELECT k.TABLE_NAME t, k.CONSTRAINT_NAME f, k.COLUMN_NAME c, k.REFERENCED_TABLE_NAME rt, k.REFERENCED_COLUMN_NAME rc, r.DELETE_RULE del, r.UPDATE_RULE upd
     FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r
       ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
     WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
  );
  type Entry = {
    columns: CatalogColumn[];
    indexes: Map<string, CatalogIndex & { columns: string[] }>;
    fks: Map<string, CatalogForeignKey & { columns: string[]; referencedColumns: string[] }>;
  };
  const tables = new Map<string, Entry>();
  const table = (name: string): Entry => {
    const entry: Entry = tables.get(name) ?? { columns: [], indexes: new Map(), fks: new Map() };
    tables.set(name, entry);
    return entry;
  };
  for (const c of columns)
    table(String(c.t)).columns.push({
      name: String(c.c),
      type: `${c.ty}${c.e ? ` ${c.e}` : ""}`,
      nullable: c.n === "YES",
      default: c.d ?? null,
    });
  for (const i of indexes) {
    const t = table(String(i.t));
    const name = String(i.i);
    const entry = t.indexes.get(name) ?? {
      name,
      primary: name === "PRIMARY",
      unique: Number(i.u) === 0,
      columns: [],
      definition: String(i.k),
    };
    entry.columns.push(`${i.c}${i.p !== null && i.p !== undefined ? `(${i.p})` : ""}`);
    t.indexes.set(name, entry);
  }
  for (const k of keys) {
    const t = table(String(k.t));
    const entry = t.fks.get(String(k.f)) ?? {
      name: String(k.f),
      columns: [],
      referencedTable: String(k.rt),
      referencedColumns: [],
      onDelete: String(k.del),
      onUpdate: String(k.upd),
    };
    entry.columns.push(String(k.c));
    entry.referencedColumns.push(String(k.rc));
    t.fks.set(String(k.f), entry);
  }
  return {
    tables: byName(
      [...tables].map(([name, t]) => ({
        name,
        columns: t.columns,
        indexes: byName([...t.indexes.values()]),
        foreignKeys: byName([...t.fks.values()]),
      })),
    ),
    enums: [],
  };
}
