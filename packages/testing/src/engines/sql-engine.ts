import mysql from "mysql2/promise";
import pg from "pg";
import { createPglite, resetPostgres } from "./postgres.js";
import { createSqlite } from "./sqlite.js";

/** The constraint a failed statement violated, the same words for every engine. */
export type Violation = "unique" | "foreign-key" | "not-null" | "other";

/** A database the behaviour tests can run DDL and statements on. */
export interface SqlEngine {
  /** e.g. "PGlite", "PostgreSQL 15 server". */
  readonly label: string;
  readonly dialect: "postgresql" | "mysql" | "sqlite";
  /** Runs a script (several statements). */
  exec(sql: string): Promise<void>;
  /** Runs a query and returns its rows. */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Runs a statement expected to fail and says which constraint stopped it; undefined if it succeeded. */
  violation(sql: string): Promise<Violation | undefined>;
  /** Drops everything, so the next DDL starts from an empty database. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const postgresCodes: Readonly<Record<string, Violation>> = {
  "23505": "unique",
  "23503": "foreign-key",
  "23001": "foreign-key",
  "23502": "not-null",
};
const mysqlCodes: Readonly<Record<number, Violation>> = {
  1062: "unique",
  1451: "foreign-key",
  1452: "foreign-key",
  1048: "not-null",
  1364: "not-null",
};

async function classify(
  run: () => Promise<unknown>,
  toViolation: (error: unknown) => Violation,
): Promise<Violation | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return toViolation(error);
  }
}

function postgresViolation(error: unknown): Violation {
  const code = (error as { code?: string }).code;
  return (code !== undefined ? postgresCodes[code] : undefined) ?? "other";
}

/** PGlite: PostgreSQL in wasm, in process. */
export async function pgliteEngine(): Promise<SqlEngine> {
  const db = await createPglite();
  return {
    label: "PGlite",
    dialect: "postgresql",
    exec: async (sql) => void (await db.exec(sql)),
    query: async <T>(sql: string) => (await db.query<T>(sql)).rows,
    violation: (sql) => classify(() => db.exec(sql), postgresViolation),
    reset: () => resetPostgres(db),
    close: () => db.close(),
  };
}

/** SQLite through sql.js (wasm), foreign keys on; a fresh in-memory database on reset. */
export async function sqliteEngine(): Promise<SqlEngine> {
  let db = await createSqlite();
  const violationOf = (error: unknown): Violation => {
    const message = error instanceof Error ? error.message : String(error);
    if (message.includes("UNIQUE constraint failed")) return "unique";
    if (message.includes("FOREIGN KEY constraint failed")) return "foreign-key";
    if (message.includes("NOT NULL constraint failed")) return "not-null";
    return "other";
  };
  return {
    label: "SQLite (sql.js)",
    dialect: "sqlite",
    exec: async (sql) => void db.run(sql),
    query: async <T>(sql: string) => {
      const [result] = db.exec(sql);
      if (!result) return [];
      return result.values.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i]])) as T);
    },
    violation: (sql) => classify(async () => db.run(sql), violationOf),
    reset: async () => {
      db.close();
      db = await createSqlite();
    },
    close: async () => db.close(),
  };
}

let scratchCount = 0;

/**
 * A database name no other engine in any test worker uses: the servers are shared by the workers vitest runs in
 * parallel, so a fixed name lets one file's reset drop another file's tables mid-test.
 */
function scratchDatabaseName(): string {
  scratchCount += 1;
  return `cardinal_${process.pid}_${scratchCount}_${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A PostgreSQL server (`CARDINAL_POSTGRES_URL`), e.g. the PostgreSQL 15 that `.ci/run` starts, in a database of
 * this engine's own, created here and dropped by close.
 */
export async function postgresServerEngine(url: string): Promise<SqlEngine> {
  const database = scratchDatabaseName();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const own = new URL(url);
  own.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: own.href });
  await client.connect();
  const version =
    (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "?";
  const db = {
    exec: (sql: string) => client.query(sql),
    query: <T>(sql: string, params?: unknown[]) => client.query(sql, params) as unknown as Promise<{ rows: T[] }>,
  };
  return {
    label: `PostgreSQL ${version.split(" ")[0]} server`,
    dialect: "postgresql",
    exec: async (sql) => void (await client.query(sql)),
    query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    violation: (sql) => classify(() => client.query(sql), postgresViolation),
    reset: () => resetPostgres(db),
    close: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A MariaDB or MySQL server (`CARDINAL_MYSQL_URL`), in a database of this engine's own that reset drops and
 * recreates and close drops.
 */
export async function mysqlServerEngine(url: string): Promise<SqlEngine> {
  const connection = await mysql.createConnection({ uri: url, multipleStatements: true });
  const [versionRows] = await connection.query("SELECT VERSION() AS version");
  const version = String((versionRows as { version: string }[])[0]?.version ?? "?");
  const database = scratchDatabaseName();
  const reset = async () => {
    await connection.query(
      `DROP DATABASE IF EXISTS \`${database}\`; CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; USE \`${database}\`;`,
    );
  };
  await reset();
  return {
    label: `${version.toLowerCase().includes("mariadb") ? "MariaDB" : "MySQL"} ${version.split("-")[0]} server`,
    dialect: "mysql",
    exec: async (sql) => void (await connection.query(sql)),
    query: async <T>(sql: string) => (await connection.query(sql))[0] as T[],
    violation: (sql) =>
      classify(
        () => connection.query(sql),
        (error) => mysqlCodes[(error as { errno?: number }).errno ?? 0] ?? "other",
      ),
    reset,
    close: async () => {
      await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await connection.end();
    },
  };
}

/**
 * The engines to test on: PGlite and SQLite always; the PostgreSQL and MySQL/MariaDB servers named by
 * `CARDINAL_POSTGRES_URL` and `CARDINAL_MYSQL_URL`. With `CI=true` both servers are required (a missing one is an
 * error, not a skip); elsewhere a missing server is skipped with a one-line reason.
 */
export function engineFactories(): { name: string; create?: () => Promise<SqlEngine>; skip?: string }[] {
  const inCi = process.env.CI === "true";
  const server = (name: string, variable: string, create: (url: string) => Promise<SqlEngine>) => {
    const url = process.env[variable];
    if (url) return { name, create: () => create(url) };
    if (inCi)
      return {
        name,
        create: () =>
          Promise.reject(new Error(`CI=true but ${variable} is not set: .ci/run must start the ${name} server`)),
      };
    return { name, skip: `${name}: no server (set ${variable}, as .ci/run does in CI)` };
  };
  return [
    { name: "PGlite", create: pgliteEngine },
    { name: "SQLite", create: sqliteEngine },
    server("PostgreSQL server", "CARDINAL_POSTGRES_URL", postgresServerEngine),
    server("MySQL/MariaDB server", "CARDINAL_MYSQL_URL", mysqlServerEngine),
  ];
}
