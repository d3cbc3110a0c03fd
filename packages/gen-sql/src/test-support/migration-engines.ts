import {
  type Catalog,
  type CatalogTable,
  createSqlite,
  mysqlServerEngine,
  pgliteEngine,
  postgresServerEngine,
  readPostgresCatalog,
  readSqliteCatalog,
  type SqlEngine,
} from "@cardinal/testing";
import { readMysqlCatalog } from "./mysql-catalog.js";

/** An engine that can also read its catalog. */
export interface MigrationEngine extends SqlEngine {
  catalog(): Promise<Catalog>;
}

function withPostgresCatalog(engine: SqlEngine): MigrationEngine {
  const queryable = {
    query: async <T>(sql: string) => ({ rows: await engine.query<T>(sql) }),
    exec: (sql: string) => engine.exec(sql),
  };
  return Object.assign(engine, { catalog: () => readPostgresCatalog(queryable) });
}

/** SQLite (sql.js) with its catalog; a new in-memory database on reset. */
async function sqliteMigrationEngine(): Promise<MigrationEngine> {
  let db = await createSqlite();
  const query = async <T>(sql: string): Promise<T[]> => {
    const [result] = db.exec(sql);
    if (!result) return [];
    return result.values.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])) as T);
  };
  return {
    label: "SQLite (sql.js)",
    dialect: "sqlite",
    exec: async (sql) => void db.exec(sql),
    query,
    violation: async (sql) => {
      try {
        db.run(sql);
        return undefined;
      } catch {
        return "other";
      }
    },
    reset: async () => {
      db.close();
      db = await createSqlite();
    },
    close: async () => db.close(),
    catalog: async () => readSqliteCatalog(db),
  };
}

/** Engines for the migration tests: PGlite and SQLite always, the servers when their URL is set. */
export function migrationEngines(): { name: string; create?: () => Promise<MigrationEngine>; skip?: string }[] {
  const server = (name: string, variable: string, create: (url: string) => Promise<MigrationEngine>) => {
    const url = process.env[variable];
    if (url) return { name, create: () => create(url) };
    if (process.env.CI === "true")
      return { name, create: () => Promise.reject(new Error(`CI=true but ${variable} is not set`)) };
    return { name, skip: `${name}: no server (set ${variable})` };
  };
  return [
    { name: "PGlite", create: async () => withPostgresCatalog(await pgliteEngine()) },
    { name: "SQLite", create: sqliteMigrationEngine },
    server("PostgreSQL server", "CARDINAL_POSTGRES_URL", async (url) =>
      withPostgresCatalog(await postgresServerEngine(url)),
    ),
    server("MySQL/MariaDB server", "CARDINAL_MYSQL_URL", async (url) => {
      const engine = await mysqlServerEngine(url);
      return Object.assign(engine, { catalog: () => readMysqlCatalog(engine) });
    }),
  ];
}

/** A catalog whose column order does not count (ADD COLUMN appends; CREATE TABLE declares in schema order). */
export function columnsByName(catalog: Catalog): Catalog {
  const sortTable = (table: CatalogTable): CatalogTable => ({
    ...table,
    columns: [...table.columns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  });
  return { ...catalog, tables: catalog.tables.map(sortTable) };
}
