import type { SqlDialect } from "@cardinal/gen-sql";
import {
  createPglite,
  createSqlite,
  engineFactories,
  readPostgresCatalog,
  readSqliteCatalog,
  realisticIsBundled,
  resetPostgres,
  type SqlEngine,
} from "@cardinal/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generators } from "./support/generate.js";
import { pgvectorStandIn, undeclaredExtensions } from "./support/postgres-extensions.js";
import { engineDdl, parseRealistic, realisticSchemas, singleText } from "./support/schemas.js";

type Pglite = Awaited<ReturnType<typeof createPglite>>;

const dialectOf: Readonly<Record<string, SqlDialect>> = { postgresql: "postgresql", mysql: "mysql", sqlite: "sqlite" };
const rowsFor = (dialect: SqlDialect) =>
  realisticSchemas.filter((s) => dialectOf[s.provider] === dialect).map((s) => [s.name, s] as const);

/** Cardinal's DDL for a schema: the one file of its provider's dialect. */
function cardinalDdl(schema: (typeof realisticSchemas)[number]): string {
  const result = generators.sql(parseRealistic(schema).model);
  expect(result.files.map((file) => file.path)).toEqual([`${dialectOf[schema.provider]}.sql`]);
  return result.files[0]?.content ?? "";
}

describe("PostgreSQL: Cardinal's DDL runs on PGlite and gives the catalog of Prisma's schema engine", () => {
  const rows = rowsFor("postgresql");
  let db: Pglite;
  beforeAll(async () => {
    // Loaded so that a DDL's own CREATE EXTENSION can succeed; a DDL that omits it still fails.
    db = await createPglite();
  });
  afterAll(async () => db?.close());
  it.runIf(realisticIsBundled)("has PostgreSQL schemas to check", () => expect(rows.length).toBeGreaterThanOrEqual(3));

  it.each(rows)("%s: executes", async (_name, schema) => {
    await resetPostgres(db);
    await db.exec(undeclaredExtensions(singleText(schema)) + pgvectorStandIn(cardinalDdl(schema)));
  });

  it.each(rows)("%s: same catalog as prismaDdl()", async (_name, schema) => {
    const before = undeclaredExtensions(singleText(schema));
    const expectedDdl = pgvectorStandIn(await engineDdl(schema, "postgresql"));
    await resetPostgres(db);
    await db.exec(before + expectedDdl);
    const expected = await readPostgresCatalog(db);
    await resetPostgres(db);
    await db.exec(before + pgvectorStandIn(cardinalDdl(schema)));
    expect(await readPostgresCatalog(db)).toEqual(expected);
  });
});

describe("SQLite: Cardinal's DDL runs on sql.js and gives the catalog of Prisma's schema engine", () => {
  const rows = rowsFor("sqlite");
  it.runIf(realisticIsBundled)("has a SQLite schema to check", () => expect(rows.length).toBeGreaterThanOrEqual(1));

  it.each(rows)("%s: executes", async (_name, schema) => {
    const db = await createSqlite();
    try {
      db.run(cardinalDdl(schema));
    } finally {
      db.close();
    }
  });

  it.each(rows)("%s: same catalog as prismaDdl()", async (_name, schema) => {
    const expectedDb = await createSqlite();
    const actualDb = await createSqlite();
    try {
      expectedDb.run(await engineDdl(schema, "sqlite"));
      actualDb.run(cardinalDdl(schema));
      expect(readSqliteCatalog(actualDb)).toEqual(readSqliteCatalog(expectedDb));
    } finally {
      expectedDb.close();
      actualDb.close();
    }
  });
});

/** The servers named by CARDINAL_POSTGRES_URL and CARDINAL_MYSQL_URL (required with CI=true, else skipped). */
const servers = engineFactories()
  .filter((factory) => factory.name.endsWith("server"))
  .map((factory) => ({ ...factory, dialect: factory.name.startsWith("PostgreSQL") ? "postgresql" : "mysql" }) as const);

describe.each(servers)("$name: Cardinal's DDL executes", ({ create, skip, dialect }) => {
  const rows = rowsFor(dialect);
  let engine: SqlEngine | undefined;
  beforeAll(async () => {
    if (create) engine = await create();
  });
  afterAll(async () => engine?.close());
  if (skip) console.log(`realistic: ${skip}`);

  if (rows.length === 0) it.skip(`no ${dialect} schema in the folder`, () => {});
  it.skipIf(!create).each(rows)("%s", async (_name, schema) => {
    if (!engine) throw new Error("no engine");
    await engine.reset();
    const postgres = () => undeclaredExtensions(singleText(schema)) + pgvectorStandIn(cardinalDdl(schema));
    await engine.exec(dialect === "postgresql" ? postgres() : cardinalDdl(schema));
  });
});
