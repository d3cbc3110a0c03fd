import { parseSchema } from "@cardinal/core";
import {
  type Catalog,
  createPglite,
  createSqlite,
  type EngineProvider,
  loadValidCorpus,
  prismaDdl,
  prismaVerdict,
  readPostgresCatalog,
  readSqliteCatalog,
  resetPostgres,
  withProvider,
} from "@cardinal/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSql } from "./generate-sql.js";

type Pglite = Awaited<ReturnType<typeof createPglite>>;

/** Corpus schemas whose meaning differs on a provider are skipped there, and counted. */
interface Case {
  readonly name: string;
  readonly schema: string;
}

function casesFor(provider: EngineProvider): { cases: Case[]; skipped: string[] } {
  const cases: Case[] = [];
  const skipped: string[] = [];
  for (const entry of loadValidCorpus()) {
    const schema = withProvider(entry.content, provider);
    if (prismaVerdict(schema).valid) cases.push({ name: entry.name, schema });
    else skipped.push(entry.name);
  }
  return { cases, skipped };
}

function cardinalDdl(schema: string, provider: EngineProvider): string {
  const result = parseSchema(schema);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const [file] = generateSql(result.model).files;
  if (!file) throw new Error("no SQL file generated");
  expect(file.path).toBe(`${provider}.sql`);
  return file.content;
}

/** Schemas whose SQLite DDL from Prisma does not run at all, and why; Cardinal's must run and is checked alone. */
const prismaSqliteDdlFails: Readonly<Record<string, string>> = {
  "defaults-literals": "a Json default is written unquoted",
  "defaults-dbgenerated-on-unsupported": "a function-call default is written without the parentheses SQLite requires",
};

/**
 * Where Prisma's SQLite DDL is wrong, Cardinal deliberately differs (each case is asserted on its own below):
 * a Bytes default is written as hex *text* instead of a blob, and a Json default is not quoted at all.
 */
function normalizeSqliteDefaults(catalog: Catalog): Catalog {
  return {
    ...catalog,
    tables: catalog.tables.map((table) => ({
      ...table,
      columns: table.columns.map((column) =>
        column.type === "BLOB" && column.default?.startsWith("X'")
          ? { ...column, default: column.default.slice(1) }
          : column,
      ),
    })),
  };
}

describe("generateSql() against Prisma's schema engine: same catalog on PostgreSQL (PGlite)", () => {
  const { cases, skipped } = casesFor("postgresql");
  let db: Pglite;
  beforeAll(async () => {
    db = await createPglite();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    console.log(
      `postgresql: ${cases.length} corpus schemas compared, ${skipped.length} not valid on PostgreSQL: ${skipped.join(", ")}`,
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, { schema }) => {
    await resetPostgres(db);
    await db.exec(await prismaDdl(schema, "postgresql"));
    const expected = await readPostgresCatalog(db);
    await resetPostgres(db);
    await db.exec(cardinalDdl(schema, "postgresql"));
    expect(await readPostgresCatalog(db)).toEqual(expected);
  });
});

describe("generateSql() against Prisma's schema engine: same catalog on SQLite (sql.js)", () => {
  const { cases, skipped } = casesFor("sqlite");
  const prismaFailed: string[] = [];
  afterAll(() => {
    console.log(
      `sqlite: ${cases.length} corpus schemas compared, ${skipped.length} not valid on SQLite; Prisma's own DDL failed on: ${prismaFailed.join(", ") || "none"}`,
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, { name, schema }) => {
    const expectedDb = await createSqlite();
    const actualDb = await createSqlite();
    try {
      actualDb.run(cardinalDdl(schema, "sqlite"));
      try {
        expectedDb.run(await prismaDdl(schema, "sqlite"));
      } catch (error) {
        // Only for the known cases is there nothing to compare with; any other failure is news.
        expect(Object.keys(prismaSqliteDdlFails)).toContain(name);
        prismaFailed.push(`${name} (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      expect(normalizeSqliteDefaults(readSqliteCatalog(actualDb))).toEqual(
        normalizeSqliteDefaults(readSqliteCatalog(expectedDb)),
      );
    } finally {
      expectedDb.close();
      actualDb.close();
    }
  });
});
