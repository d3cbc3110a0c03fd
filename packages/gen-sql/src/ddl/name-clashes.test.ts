import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { generateSql } from "../generate-sql.js";

function generate(provider: "postgresql" | "mysql" | "sqlite", body: string) {
  const result = parseSchema(`datasource db {\n  provider = "${provider}"\n}\n\n${body}`);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return generateSql(result.model, { dialects: ["postgresql", "mysql", "sqlite"] });
}

const lineOf = (text: string, needle: string) => text.split("\n").findIndex((line) => line.includes(needle)) + 4;

describe("generateSql() on names an engine cannot tell apart", () => {
  it("`generateSql()` refuses sqlite.sql for columns differing only by case, and still writes the others", () => {
    const body = "model User {\n  id   Int    @id\n  Name String\n  name String\n}\n";
    const result = generate("sqlite", body);
    // MySQL does not tell column names apart by case either (mysql-name-clashes.test.ts).
    expect(result.files.map((file) => file.path)).toEqual(["postgresql.sql"]);
    const diagnostics = result.diagnostics.filter((d) => d.message.startsWith("No sqlite.sql"));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "E209", severity: "error" });
    expect(diagnostics[0]?.message).toContain("field `Name` (column `Name`) of model `User`");
    expect(diagnostics[0]?.message).toContain("field `name` (column `name`)");
    expect(diagnostics[0]?.message).toContain("@map");
    expect(diagnostics[0]?.range.start.line).toBe(lineOf(body, "name String"));
  });

  it.each([
    ['model A {\n  id Int @id\n\n  @@map("UPPER")\n}\n\nmodel B {\n  id Int @id\n\n  @@map("upper")\n}\n', "model `A`"],
    ["model User {\n  id Int @id\n}\n\nmodel user {\n  id Int @id\n}\n", "model `User`"],
    [
      'model A {\n  id Int @id\n  x  Int\n\n  @@index([x], map: "Idx")\n}\n\nmodel B {\n  id Int @id\n  x  Int\n\n  @@index([x], map: "idx")\n}\n',
      "index `Idx` of model `A`",
    ],
    ['model A {\n  id Int @id\n  x  Int\n\n  @@index([x], map: "b")\n}\n\nmodel B {\n  id Int @id\n}\n', "model `B`"],
  ])("`generateSql()` refuses sqlite.sql for tables and indexes differing only by case (%#)", (body, named) => {
    const { files, diagnostics } = generate("sqlite", body);
    expect(files.map((file) => file.path)).toEqual(["postgresql.sql", "mysql.sql"]);
    expect(diagnostics.map((d) => d.code)).toEqual(["E209"]);
    expect(diagnostics[0]?.message).toContain(named);
    expect(diagnostics[0]?.message).toMatch(/No sqlite\.sql: .*map/);
  });

  it("`generateSql()` keeps names SQLite tells apart (only ASCII letters fold)", () => {
    const { files, diagnostics } = generate(
      "sqlite",
      "model Straße {\n  id Int @id\n}\n\nmodel STRASSE {\n  id Int @id\n}\n",
    );
    expect(diagnostics).toEqual([]);
    expect(files).toHaveLength(3);
  });

  it("`generateSql()` refuses postgresql.sql for an enum and a table of one name", () => {
    const body = 'model A {\n  id Int @id\n\n  @@map("x")\n}\n\nenum E {\n  V\n\n  @@map("x")\n}\n';
    const { files, diagnostics } = generate("postgresql", body);
    expect(files.map((file) => file.path)).toEqual(["mysql.sql", "sqlite.sql"]);
    expect(diagnostics.map((d) => d.code)).toEqual(["E209"]);
    expect(diagnostics[0]?.message).toContain("model `A` (table `x`) and enum `E` (type `x`)");
    expect(diagnostics[0]?.range.start.line).toBe(lineOf(body, "enum E"));
  });

  it.each(["unknown", "text", "money"])("`generateSql()` refuses postgresql.sql for an enum named `%s`", (name) => {
    const { files, diagnostics } = generate(
      "postgresql",
      `model A {\n  id Int @id\n  e  ${name}\n}\n\nenum ${name} {\n  V\n}\n`,
    );
    expect(files.map((file) => file.path)).toEqual(["mysql.sql", "sqlite.sql"]);
    expect(diagnostics.map((d) => d.code)).toEqual(["E503"]);
    expect(diagnostics[0]?.message).toContain(`enum \`${name}\` (type \`${name}\`)`);
    expect(diagnostics[0]?.message).toContain(`pg_catalog.${name}`);
    expect(diagnostics[0]?.message).toContain("@@map");
  });

  it("`generateSql()` accepts an enum mapped away from a built-in type name", () => {
    const { files, diagnostics } = generate(
      "postgresql",
      'enum text {\n  V\n\n  @@map("text_kind")\n}\n\nmodel A {\n  id Int @id\n}\n',
    );
    expect(diagnostics).toEqual([]);
    expect(files).toHaveLength(3);
  });

  it("`generateSql()` refuses mysql.sql for a foreign key to a table named like a Windows device", () => {
    const body =
      "model Nul {\n  id   Int   @id\n  kids Kid[]\n}\n\nmodel Kid {\n  id    Int @id\n  nulId Int\n  nul   Nul @relation(fields: [nulId], references: [id])\n}\n";
    const { files, diagnostics } = generate("mysql", body);
    expect(files.map((file) => file.path)).toEqual(["postgresql.sql", "sqlite.sql"]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "E503", severity: "error" });
    expect(diagnostics[0]?.message).toContain("model `Nul` (table `Nul`)");
    expect(diagnostics[0]?.range.start.line).toBe(lineOf(body, "model Nul"));
    const mapped = generate("mysql", body.replace("  kids Kid[]\n}", '  kids Kid[]\n\n  @@map("nul_table")\n}'));
    expect(mapped.diagnostics).toEqual([]);
  });
});
