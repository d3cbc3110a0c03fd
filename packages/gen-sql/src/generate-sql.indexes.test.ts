import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import {
  corpusDirectory,
  createPglite,
  engineFactories,
  prismaDdl,
  prismaVerdict,
  readPostgresCatalog,
  resetPostgres,
} from "@cardinal/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresOperatorClasses } from "./dialects/postgresql-operator-classes.js";
import { generateSql } from "./generate-sql.js";

type Pglite = Awaited<ReturnType<typeof createPglite>>;

/** A column type for each operator class family, so that Prisma accepts `ops:` on it. */
const columnTypes: readonly (readonly [RegExp, string])[] = [
  [/^VarBit/, "String @db.VarBit"],
  [/^Bit/, "String @db.Bit(8)"],
  [/^Bpchar/, "String @db.Char(8)"],
  [/^Bytea/, "Bytes"],
  [/^Date/, "DateTime @db.Date"],
  [/^Float4/, "Float @db.Real"],
  [/^Float8/, "Float"],
  [/^Inet/, "String @db.Inet"],
  [/^Int2/, "Int @db.SmallInt"],
  [/^Int4/, "Int"],
  [/^Int8/, "BigInt"],
  [/^Numeric/, "Decimal"],
  [/^Oid/, "Int @db.Oid"],
  [/^Text/, "String"],
  [/^TimestampTz/, "DateTime @db.Timestamptz"],
  [/^Timestamp/, "DateTime @db.Timestamp"],
  [/^TimeTz/, "DateTime @db.Timetz"],
  [/^Time/, "DateTime @db.Time"],
  [/^Uuid/, "String @db.Uuid"],
  [/^Jsonb/, "Json"],
  [/^Array/, "Int[]"],
];

/** The index method Prisma requires for an operator class that is not a BRIN one. */
const methods: Readonly<Record<string, string>> = {
  InetOps: "Gist",
  JsonbOps: "Gin",
  JsonbPathOps: "Gin",
  ArrayOps: "Gin",
  TextOps: "SpGist",
};

/** One model, one column and one index per operator class Prisma names. */
function everyOperatorClassSchema(): string {
  const lines = Object.keys(postgresOperatorClasses).map((ops, i) => {
    const type = columnTypes.find(([pattern]) => pattern.test(ops))?.[1];
    if (!type) throw new Error(`no column type for ${ops}`);
    return { field: `  c${i} ${type}`, index: `  @@index([c${i}(ops: ${ops})], type: ${methods[ops] ?? "Brin"})` };
  });
  return `datasource db {\n  provider = "postgresql"\n}\n\nmodel Ops {\n  id Int @id\n${lines
    .map((l) => l.field)
    .join("\n")}\n\n${lines.map((l) => l.index).join("\n")}\n}\n`;
}

function cardinalPostgres(schema: string): string {
  const result = parseSchema(schema);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return generateSql(result.model, { dialects: ["postgresql"] }).files[0]?.content ?? "";
}

const statements = (sql: string, start: string) =>
  sql
    .split("\n")
    .filter((line) => line.startsWith(start))
    .sort();

describe("generateSql() index operator classes and extensions, against Prisma's schema engine", () => {
  let db: Pglite;
  beforeAll(async () => {
    db = await createPglite();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it("writes every operator class Prisma names as Prisma does, and PostgreSQL creates the same indexes", async () => {
    const schema = everyOperatorClassSchema();
    expect(prismaVerdict(schema)).toMatchObject({ valid: true });
    const expected = await prismaDdl(schema, "postgresql");
    const actual = cardinalPostgres(schema);
    const indexes = statements(actual, "CREATE INDEX");
    expect(indexes).toHaveLength(Object.keys(postgresOperatorClasses).length);
    expect(indexes).toEqual(statements(expected, "CREATE INDEX"));
    await resetPostgres(db);
    await db.exec(expected);
    const prismaCatalog = await readPostgresCatalog(db);
    await resetPostgres(db);
    await db.exec(actual);
    expect(await readPostgresCatalog(db)).toEqual(prismaCatalog);
  }, 60_000);

  it("writes `extensions = [...]` as Prisma does: map, schema and version", async () => {
    const schema = `generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["postgresqlExtensions"]
}

datasource db {
  provider   = "postgresql"
  schemas    = ["public", "ext"]
  extensions = [pgvector(map: "vector", schema: "ext", version: "0.5.0"), pg_trgm, citext(schema: "public"), hstore(version: "1.8")]
}

model A {
  id Int @id

  @@schema("public")
}
`;
    expect(prismaVerdict(schema)).toMatchObject({ valid: true });
    const actual = cardinalPostgres(schema);
    const expected = await prismaDdl(schema, "postgresql");
    const extensions = statements(actual, "CREATE EXTENSION");
    expect(extensions).toHaveLength(4);
    expect(extensions).toEqual(statements(expected, "CREATE EXTENSION"));
    // The schema an extension goes to is created before it.
    expect(actual.indexOf('CREATE SCHEMA IF NOT EXISTS "ext"')).toBeLessThan(actual.indexOf("CREATE EXTENSION"));
  }, 60_000);

  it("installs the extensions on PostgreSQL with their schema and version, and the trigram index uses them", async () => {
    const schema = `generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["postgresqlExtensions"]
}

datasource db {
  provider   = "postgresql"
  extensions = [pg_trgm, hstore(version: "1.7"), citext(schema: "public")]
}

model A {
  id   Int    @id
  name String @db.VarChar(80)

  @@index([name(ops: raw("gin_trgm_ops"))], type: Gin)
}
`;
    await resetPostgres(db);
    await db.exec(cardinalPostgres(schema));
    const catalog = await readPostgresCatalog(db);
    expect(catalog.extensions?.map((e) => [e.name, e.schema])).toEqual([
      ["citext", "public"],
      ["hstore", "public"],
      ["pg_trgm", "public"],
    ]);
    expect(catalog.extensions?.find((e) => e.name === "hstore")?.version).toBe("1.7");
    expect(catalog.tables[0]?.indexes.map((i) => i.definition)).toContain(
      'CREATE INDEX "A_name_idx" ON <table> USING gin (name gin_trgm_ops)',
    );
  }, 60_000);
});

describe("generateSql() keys are independent of declaration order", () => {
  const attributes = [
    '@@index([name(ops: raw("gin_trgm_ops"))], type: Gin)',
    '@@index([score(sort: Desc)], name: "score_desc")',
    "@@unique([name, score])",
    '@@index([meta(ops: JsonbPathOps)], type: Gin, map: "meta_gin")',
  ];
  const schemaWith = (order: readonly number[], extensions: string) => `generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["postgresqlExtensions"]
}

datasource db {
  provider   = "postgresql"
  extensions = [${extensions}]
}

model A {
  id    Int    @id
  name  String @db.VarChar(80)
  score Int
  meta  Json

  ${order.map((i) => attributes[i]).join("\n  ")}
}
`;

  it("gives the same bytes for shuffled index attributes and extensions", () => {
    const forward = cardinalPostgres(schemaWith([0, 1, 2, 3], 'pg_trgm, citext(schema: "public")'));
    expect(cardinalPostgres(schemaWith([3, 1, 0, 2], 'citext(schema: "public"), pg_trgm'))).toBe(forward);
    expect(cardinalPostgres(schemaWith([2, 3, 1, 0], 'pg_trgm, citext(schema: "public")'))).toBe(forward);
    expect(statements(forward, "CREATE")).toHaveLength(7);
  });
});

describe("generateSql() MySQL fulltext, prefix lengths and sort orders on a server", () => {
  const mysqlServer = engineFactories().find((factory) => factory.name === "MySQL/MariaDB server");
  it.skipIf(mysqlServer?.skip !== undefined)(
    "creates FULLTEXT indexes and keeps lengths (also in a primary key) and orders",
    async () => {
      const create = mysqlServer?.create;
      if (!create) throw new Error("skipped without a server, so this cannot run");
      const schema = readFileSync(join(corpusDirectory, "attributes-fulltext-mysql.prisma"), "utf8");
      const engine = await create();
      try {
        await engine.reset();
        await engine.exec(generateSql(parseSchema(schema).model, { dialects: ["mysql"] }).files[0]?.content ?? "");
        const rows = await engine.query<Record<string, unknown>>(
          `SELECT INDEX_NAME, INDEX_TYPE, COLUMN_NAME, SUB_PART, COLLATION FROM information_schema.STATISTICS
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Article' AND INDEX_NAME <> 'PRIMARY' ORDER BY SEQ_IN_INDEX`,
        );
        // Sorted here, byte-wise: the server orders names case-insensitively.
        const byName = rows.sort((a, b) => (String(a.INDEX_NAME) < String(b.INDEX_NAME) ? -1 : 1));
        expect(byName.map((r) => [r.INDEX_NAME, r.INDEX_TYPE, r.COLUMN_NAME, r.SUB_PART, r.COLLATION])).toEqual([
          ["Article_body_title_idx", "BTREE", "body", 50, "A"],
          ["Article_body_title_idx", "BTREE", "title", null, "D"],
          ["Article_title_body_idx", "FULLTEXT", "title", null, null],
          ["Article_title_body_idx", "FULLTEXT", "body", null, null],
          ["article_summary_ft", "FULLTEXT", "summary", null, null],
          ["article_summary_key", "BTREE", "summary", 100, "A"],
        ]);
        const primary = await engine.query<Record<string, unknown>>(
          `SELECT COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Tag' AND INDEX_NAME = 'PRIMARY' ORDER BY SEQ_IN_INDEX`,
        );
        expect(primary.map((r) => [r.COLUMN_NAME, r.SUB_PART])).toEqual([
          ["slug", 100],
          ["lang", null],
        ]);
      } finally {
        await engine.close();
      }
    },
  );
});
