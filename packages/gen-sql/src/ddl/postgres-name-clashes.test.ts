import { parseSchema } from "@cardinal/core";
import { createPglite } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { generateSql } from "../generate-sql.js";
import { pgStoredName } from "./postgres-name-clashes.js";

const long = "a".repeat(63);

function generate(body: string) {
  const result = parseSchema(`datasource db {\n  provider = "postgresql"\n}\n\n${body}`);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return generateSql(result.model, { dialects: ["postgresql"] });
}

/** Schemas Prisma 6 and 7 accept whose PostgreSQL DDL failed on PGlite; each with the rename that fixes it. */
const cases = [
  {
    name: "two tables equal in their first 63 bytes",
    body: `model M1 {\n  id Int @id(map: "p1")\n\n  @@map("${long}X")\n}\n\nmodel M2 {\n  id Int @id(map: "p2")\n\n  @@map("${long}Y")\n}\n`,
    fixed: (body: string) => body.replace(`${long}Y`, "m2"),
    code: "E209",
    message: `are both \`${long}\``,
  },
  {
    name: "two columns equal in their first 63 bytes",
    body: `model T {\n  id Int @id\n  ${long}p Int\n  ${long}q Int\n}\n`,
    fixed: (body: string) => body.replace(`${long}q Int`, `${long}q Int @map("q")`),
    code: "E209",
    message: "column",
  },
  {
    name: "an index named like a table",
    body: 'model A {\n  id Int @id\n  x  Int\n\n  @@index([x], map: "B")\n}\n\nmodel B {\n  id Int @id\n}\n',
    fixed: (body: string) => body.replace('map: "B"', 'map: "A_x_idx"'),
    code: "E209",
    message: "tables and indexes share one namespace",
  },
  {
    name: "a primary key named like a table",
    body: 'model A {\n  id Int @id(map: "B")\n}\n\nmodel B {\n  id Int @id\n}\n',
    fixed: (body: string) => body.replace('map: "B"', 'map: "A_pk"'),
    code: "E209",
    message: "index `B` of model `A`",
  },
  {
    name: "an enum and a table equal in their first 63 bytes",
    body: `enum E {\n  A\n\n  @@map("${long}X")\n}\n\nmodel M1 {\n  id Int @id(map: "p1")\n  e  E\n\n  @@map("${long}Y")\n}\n`,
    fixed: (body: string) => body.replace(`${long}X`, "e"),
    code: "E209",
    message: "model `M1` (table",
  },
  {
    name: "an enum named like a table",
    body: 'enum E {\n  A\n\n  @@map("T")\n}\n\nmodel T {\n  id Int @id\n  e  E\n}\n',
    fixed: (body: string) => body.replace('@@map("T")', '@@map("t_kind")'),
    code: "E209",
    message: "a table is also a type",
  },
  {
    name: "an enum mapped to a built-in array type",
    body: 'enum E {\n  A\n\n  @@map("_int4")\n}\n\nmodel T {\n  id Int @id\n  e  E   @default(A)\n}\n',
    fixed: (body: string) => body.replace('"_int4"', '"int4_kind"'),
    code: "E503",
    message: "pg_catalog._int4",
  },
  {
    name: "two enum values with one database name",
    body: 'enum E {\n  B     @map("email")\n  email\n}\n\nmodel T {\n  id Int @id\n  e  E\n}\n',
    fixed: (body: string) => body.replace('@map("email")', '@map("b")'),
    code: "E209",
    message: "two values of enum `E` (type `E`) have the database name `email`",
  },
  {
    name: "an enum value over 63 bytes",
    body: `enum E {\n  ${long}b\n}\n\nmodel T {\n  id Int @id\n  e  E\n}\n`,
    fixed: (body: string) => body.replace(`${long}b`, `${long}b @map("b")`),
    code: "E503",
    message: "over 63 bytes",
  },
];

let shared: ReturnType<typeof createPglite> | undefined;
const sharedPglite = () => {
  shared ??= createPglite();
  return shared;
};
afterAll(async () => (await shared)?.close());

describe("generateSql() on names PostgreSQL cannot tell apart", () => {
  it("`generateSql()` refuses postgresql.sql for an empty name in the datasource's schemas (found by the inputs soak)", () => {
    const text = (schemas: string) =>
      `datasource db {\n  provider = "postgresql"\n  schemas  = [${schemas}]\n}\n\nmodel T {\n  id Int @id\n\n  @@schema("a")\n}\n`;
    const refused = parseSchema(text('"a", ""'));
    expect(refused.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const result = generateSql(refused.model, { dialects: ["postgresql"] });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.message.slice(0, 58)])).toEqual([
      ["E503", "No postgresql.sql: the datasource's `schemas` lists an emp"],
    ]);
    expect(generateSql(parseSchema(text('"a"')).model, { dialects: ["postgresql"] }).diagnostics).toEqual([]);
  });

  it.each(cases)(
    "`generateSql()` refuses postgresql.sql for $name; the renamed schema runs on PGlite",
    async (c) => {
      const refused = generate(c.body);
      expect(refused.files).toEqual([]);
      expect(refused.diagnostics.map((d) => d.code)).toEqual([c.code]);
      expect(refused.diagnostics[0]?.message).toContain(c.message);
      expect(refused.diagnostics[0]?.message).toMatch(/^No postgresql\.sql: .*`@{1,2}map\("\.\.\."\)`/);
      const fixed = generate(c.fixed(c.body));
      expect(fixed.diagnostics).toEqual([]);
      // One PGlite for the file: each script runs in a transaction that is rolled back (PostgreSQL's DDL is
      // transactional), so no case sees another's tables.
      const db = await sharedPglite();
      try {
        await db.exec(`BEGIN;\n${fixed.files[0]?.content ?? "missing"}`);
      } finally {
        await db.exec("ROLLBACK");
      }
    },
    60_000,
  );

  it("`pgStoredName()` cuts UTF-8 at 63 bytes on a character boundary, as PostgreSQL does", async () => {
    const names = ["short", long, `${long}tail`, `${"é".repeat(40)}`, `${"a".repeat(62)}é`, `${"😀".repeat(20)}`];
    const db = await sharedPglite();
    for (const name of names) {
      const { rows } = await db.query<{ name: string }>(`SELECT '${name}'::name AS name`);
      expect(pgStoredName(name), name).toBe(rows[0]?.name);
    }
  }, 60_000);
});
