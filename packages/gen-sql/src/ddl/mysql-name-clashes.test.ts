import { parseSchema } from "@cardinal/core";
import { engineFactories } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { compileDdl } from "../compile/compile-ddl.js";
import { mysql } from "../dialects/mysql.js";
import { generateSql } from "../generate-sql.js";
import { planSchema } from "./plan-schema.js";

function generate(body: string) {
  const result = parseSchema(`datasource db {\n  provider = "mysql"\n}\n\n${body}`);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return generateSql(result.model, { dialects: ["mysql"] });
}

const long = "a".repeat(65);

/** Schemas Prisma 6 and 7 accept whose MySQL DDL fails on MySQL or MariaDB; each with the rename that fixes it. */
const cases = [
  {
    name: "a table name over 64 characters",
    body: `model M {\n  id Int @id\n\n  @@map("${long}")\n}\n`,
    fixed: (body: string) => body.replace(long, "m"),
    code: "E503",
    message: "over 64 characters",
  },
  {
    name: "a column name over 64 characters",
    body: `model M {\n  id Int @id\n  ${long} Int\n}\n`,
    fixed: (body: string) => body.replace(`${long} Int`, `${long} Int @map("c")`),
    code: "E503",
    message: `field \`${long}\``,
  },
  {
    name: "a column name ending with a space",
    body: 'model M {\n  id Int @id\n  c  Int @map("c ")\n}\n',
    fixed: (body: string) => body.replace('"c "', '"c"'),
    code: "E503",
    message: "end with a space",
  },
  {
    name: "two columns differing only by case",
    body: "model T {\n  id   Int @id\n  Name Int\n  name Int\n}\n",
    fixed: (body: string) => body.replace("  name Int", '  name Int @map("name2")'),
    code: "E209",
    message: "field `Name` (column `Name`) of model `T` and field `name` (column `name`)",
  },
  {
    name: "two indexes of a table differing only by case",
    body: 'model T {\n  id Int @id\n  x  Int\n  y  Int\n\n  @@index([x], map: "Ix")\n  @@index([y], map: "ix")\n}\n',
    fixed: (body: string) => body.replace('map: "ix"', 'map: "iy"'),
    code: "E209",
    message: "do not tell indexes of a table apart by case",
  },
  {
    name: "two enum values equal under utf8mb4_unicode_ci",
    body: 'enum E {\n  a\n  A\n  e\n  f @map("é")\n}\n\nmodel T {\n  id Int @id\n  e  E\n}\n',
    fixed: (body: string) => body.replace("  A\n", '  A @map("a2")\n').replace('@map("é")', '@map("f")'),
    code: "E209",
    message: "`a` and `A`",
  },
  {
    name: "an enum value over 255 characters",
    body: `enum E {\n  V @map("${"v".repeat(256)}")\n}\n\nmodel T {\n  id Int @id\n  e  E\n}\n`,
    fixed: (body: string) => body.replace("v".repeat(256), "v"),
    code: "E503",
    message: "over 255 characters",
    /** MySQL 8 refuses it (ER_TOO_LONG_SET_ENUM_VALUE); MariaDB 10.11 takes it. */
    mysqlOnly: true,
  },
];

const server = engineFactories().find((engine) => engine.name === "MySQL/MariaDB server");

describe("generateSql() on names MySQL and MariaDB refuse", () => {
  it.each(cases)("`generateSql()` refuses mysql.sql for $name", (c) => {
    const refused = generate(c.body);
    expect(refused.files).toEqual([]);
    expect(refused.diagnostics.map((d) => d.code)).toEqual([c.code]);
    expect(refused.diagnostics[0]?.message).toContain(c.message);
    expect(refused.diagnostics[0]?.message).toMatch(/^No mysql\.sql: .*`@{1,2}map\("\.\.\."\)`/);
    expect(generate(c.fixed(c.body)).diagnostics).toEqual([]);
  });

  const create = server?.create;
  it.skipIf(create === undefined)(
    `on the server, the DDL written without the check fails and the renamed schema's runs (${server?.skip ?? "CARDINAL_MYSQL_URL"})`,
    async () => {
      if (create === undefined) return;
      const engine = await create();
      try {
        for (const c of cases) {
          await engine.reset();
          const model = parseSchema(`datasource db {\n  provider = "mysql"\n}\n\n${c.body}`).model;
          const unchecked = compileDdl(planSchema(model, { provider: "mysql", comments: true }), mysql);
          const failure = await engine.exec(unchecked).then(
            () => "ran",
            (error: Error) => error.message,
          );
          if (!("mysqlOnly" in c && engine.label.startsWith("MariaDB"))) expect(failure, c.name).not.toBe("ran");
          await engine.reset();
          await engine.exec(generate(c.fixed(c.body)).files[0]?.content ?? "missing");
        }
      } finally {
        await engine.close();
      }
    },
    120_000,
  );
});
