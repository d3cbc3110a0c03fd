import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseSchema } from "@cardinal/core";
import { generateSql } from "@cardinal/gen-sql";
import { checkPlugin, createPglite, typecheckProject } from "@cardinal/testing";
import type { CompiledQuery } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { kyselyGenerator } from "./kysely-generator.js";

const schema = `datasource db {
  provider = "postgresql"
}

enum Role {
  ADMIN
  MEMBER @map("member")
}

/// Someone who writes.
model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  role      Role     @default(MEMBER)
  nickname  String?
  createdAt DateTime @default(now()) @map("created_at")
  posts     Post[]
  @@map("users")
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  views    BigInt @default(0)
  authorId Int    @map("author_id")
  author   User   @relation(fields: [authorId], references: [id])
  tags     Tag[]
  @@map("posts")
}

model Tag {
  name  String @id
  posts Post[]
}
`;

/** Typed Kysely queries over the generated interface, compiled for PostgreSQL (run on PGlite below). */
const queriesSource = `import { type CompiledQuery, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import type { Database } from "./database.js";

const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

export const queries: readonly CompiledQuery[] = [
  db.insertInto("users").values({ email: "ada@example.com", role: "ADMIN" }).compile(),
  db.insertInto("users").values({ email: "bob@example.com", nickname: null }).compile(),
  db.insertInto("posts").values({ title: "Engines", author_id: 1, views: 10n }).compile(),
  db.insertInto("Tag").values({ name: "math" }).compile(),
  db.insertInto("_PostToTag").values({ A: 1, B: "math" }).compile(),
  db
    .selectFrom("posts")
    .innerJoin("users", "users.id", "posts.author_id")
    .innerJoin("_PostToTag", "_PostToTag.A", "posts.id")
    .select(["users.email", "users.role", "posts.title", "posts.views", "_PostToTag.B as tag"])
    .where("users.role", "=", "ADMIN")
    .compile(),
];

// @ts-expect-error: "member" is the database value; the enum's Prisma name is not a column value
db.insertInto("users").values({ email: "x", role: "MEMBER" });
// @ts-expect-error: no such column
db.selectFrom("users").select("nope");
`;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("kyselyGenerator", { timeout: 120_000 }, () => {
  it("`kyselyGenerator` gives the same bytes twice and in any declaration order", async () => {
    const { files } = await checkPlugin(kyselyGenerator, { schema, parse: parseSchema, options: { fileName: "db" } });
    expect(files.map((file) => file.path)).toEqual(["db.ts"]);
    expect(files[0]?.content).toContain('export type RoleEnum = "ADMIN" | "member";');
    expect(files[0]?.content).toContain("  _PostToTag: PostToTagJoinTable;");
  });

  it("`kyselyGenerator` output type-checks with real Kysely, and its queries run on PGlite against gen-sql's DDL", async () => {
    const { files } = await checkPlugin(kyselyGenerator, { schema, parse: parseSchema });
    const root = mkdtempSync(join(tmpdir(), "cardinal-kysely-"));
    folders.push(root);
    mkdirSync(join(root, "src"));
    mkdirSync(join(root, "node_modules"));
    symlinkSync(join(import.meta.dirname, "../node_modules/kysely"), join(root, "node_modules/kysely"), "dir");
    writeFileSync(join(root, "src/database.ts"), files[0]?.content ?? "");
    writeFileSync(join(root, "src/queries.ts"), queriesSource);
    expect(typecheckProject(root, "nodenext", { compilerOptions: { lib: ["ES2022", "DOM"] } })).toBe("");
    const { model } = parseSchema([{ path: "schema.prisma", content: schema }]);
    const ddl = generateSql(model, { dialects: ["postgresql"] }).files[0]?.content ?? "";
    const { queries } = (await import(pathToFileURL(join(root, "src/queries.ts")).href)) as {
      queries: readonly CompiledQuery[];
    };
    const pg = await createPglite();
    try {
      await pg.exec(ddl);
      let rows: unknown[] = [];
      // int8 read as text, as node-postgres (Kysely's PostgresDialect) reads it; PGlite's default is a number.
      const parsers = { 20: (value: string) => value };
      for (const query of queries) rows = (await pg.query(query.sql, [...query.parameters], { parsers })).rows;
      expect(rows).toEqual([{ email: "ada@example.com", role: "ADMIN", title: "Engines", views: "10", tag: "math" }]);
    } finally {
      await pg.close();
    }
  });

  it("`kyselyGenerator` does not apply to MongoDB", () => {
    const { model } = parseSchema([
      {
        path: "s.prisma",
        content: 'datasource db {\n  provider = "mongodb"\n}\n\nmodel A {\n  id String @id @map("_id")\n}\n',
      },
    ]);
    expect(kyselyGenerator.notApplicable?.(model)).toMatch(/MongoDB/);
  });
});
