import { parseSchema, type SchemaModel } from "@cardinal/core";
import { pgliteEngine, sqliteEngine } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateSql } from "../generate-sql.js";
import { sharedKeys } from "../test-support/regression-schemas.js";
import { diffSql } from "./diff-sql.js";

const model = (body: string, provider = "postgresql"): SchemaModel => {
  const parsed = parseSchema(`datasource db {\n  provider = "${provider}"\n}\n${body}`);
  expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return parsed.model;
};

const before = "model User {\n  id    Int     @id\n  email String  @unique\n  name  String?\n}\n";
const after =
  'model User {\n  id       Int     @id\n  email    String  @unique @map("email_address")\n  nickname String?\n}\n';

function script(from: string, to: string, dialect: "postgresql" | "mysql" | "sqlite"): string {
  const result = diffSql(model(from, dialect), model(to, dialect), { dialects: [dialect] });
  return result.files[0]?.content ?? "";
}

describe("diffSql()", () => {
  it("writes the same schema twice as no change", () => {
    const result = diffSql(model(before), model(before));
    expect(result.migrations[0]?.empty).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  it("renames a column whose @map changes and warns (W006) about the dropped one, on PostgreSQL", () => {
    const sql = script(before, after, "postgresql");
    expect(sql).toContain('ALTER TABLE "User" RENAME COLUMN "email" TO "email_address";');
    expect(sql).toContain('ALTER INDEX "User_email_key" RENAME TO "User_email_address_key";');
    expect(sql).toContain('ALTER TABLE "User" DROP COLUMN "name",\nADD COLUMN "nickname" TEXT;');
    const { diagnostics } = diffSql(model(before), model(after));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["W006", "warning"]]);
    expect(diagnostics[0]?.message).toContain("drop the column `name`");
  });

  it("renames on MySQL with RENAME COLUMN and RENAME INDEX", () => {
    const sql = script(before, after, "mysql");
    expect(sql).toContain("ALTER TABLE `User` RENAME COLUMN `email` TO `email_address`;");
    expect(sql).toContain("ALTER TABLE `User` RENAME INDEX `User_email_key` TO `User_email_address_key`;");
    expect(sql).toContain("ALTER TABLE `User` DROP COLUMN `name`,\nADD COLUMN `nickname` VARCHAR(191);");
  });

  it("on MySQL, drops a foreign key's own index only when the key has one (none when a longer key's index serves it)", () => {
    const sql = script(sharedKeys("", ""), sharedKeys("", '@@map("Projects")'), "mysql");
    expect(sql).toContain("ALTER TABLE `Project` DROP FOREIGN KEY `Project_tenantId_fkey`;");
    expect(sql).not.toContain("DROP INDEX `Project_tenantId_fkey`");
    expect(sql).toContain("DROP INDEX `Project_tenantId_ownerId_fkey` ON `Project`;");
  });

  it("rebuilds a changed SQLite table with foreign keys off outside the transaction", () => {
    const sql = script(before, after, "sqlite");
    const lines = sql.split("\n");
    expect(lines.indexOf("PRAGMA foreign_keys=OFF;")).toBeLessThan(lines.indexOf("BEGIN TRANSACTION;"));
    expect(lines.indexOf("COMMIT;")).toBeLessThan(lines.indexOf("PRAGMA foreign_keys=ON;"));
    expect(sql).toContain('ALTER TABLE "User" RENAME COLUMN "email" TO "email_address";');
    expect(sql).toContain('INSERT INTO "new_User" ("id", "email_address") SELECT "id", "email_address" FROM "User";');
    expect(sql).toContain("PRAGMA foreign_key_check;");
  });

  it("takes `/// @renamedFrom` on a model as a table rename, and ignores a hint naming nothing", () => {
    const from = model("model Tag {\n  id Int @id\n}\n");
    const renamed = diffSql(from, model("/// @renamedFrom Tag\nmodel Label {\n  id Int @id\n}\n"));
    expect(renamed.files[0]?.content).toContain('ALTER TABLE "Tag" RENAME TO "Label";');
    expect(renamed.diagnostics).toEqual([]);
    const unknown = diffSql(from, model("/// @renamedFrom Nothing\nmodel Label {\n  id Int @id\n}\n"));
    expect(unknown.files[0]?.content).toContain('DROP TABLE "Tag";');
  });

  it("renames a column to the name of one it drops: the old one moves away first, and the rows follow", async () => {
    const from = "model T {\n  id Int    @id\n  dt String\n  ds String\n}\n";
    const to = "model T {\n  id Int    @id\n  /// @renamedFrom ds\n  dt String\n}\n";
    const result = diffSql(model(from, "sqlite"), model(to, "sqlite"), { dialects: ["postgresql", "sqlite"] });
    const warning = "You are about to drop the column `dt` on the `T` table, which still holds data.";
    expect(result.diagnostics.map((d) => d.message.split(" All")[0])).toEqual([
      `postgresql: ${warning}`,
      `sqlite: ${warning}`,
    ]);
    for (const [engine, migration] of [
      [await pgliteEngine(), result.migrations[0]],
      [await sqliteEngine(), result.migrations[1]],
    ] as const) {
      try {
        await engine.exec(
          generateSql(model(from, engine.dialect), { dialects: [engine.dialect] }).files[0]?.content ?? "",
        );
        await engine.exec(`INSERT INTO "T" ("id", "dt", "ds") VALUES (1, 'old dt', 'kept');`);
        await engine.exec(migration?.sql ?? "");
        expect(await engine.query(`SELECT * FROM "T"`)).toEqual([{ id: 1, dt: "kept" }]);
      } finally {
        await engine.close();
      }
    }
  }, 60_000);

  it("flags a new required column without a default as failing on a table with rows", () => {
    const result = diffSql(model(before), model(before.replace("  name  String?\n", "  name  String\n  age   Int\n")));
    expect(result.migrations[0]?.warnings.map((w) => [w.kind, w.effect])).toEqual([
      ["required-column", "may-fail"],
      ["not-null", "may-fail"],
    ]);
  });
});

describe("diffSql() warnings", () => {
  it("does not flag enum values added at the end on MySQL, and flags a removed one", () => {
    const enumOf = (values: string) => `model U {\n  id Int @id\n  r  R\n}\nenum R {\n${values}}\n`;
    const added = diffSql(model(enumOf("  A\n"), "mysql"), model(enumOf("  A\n  B\n"), "mysql"));
    expect(added.migrations[0]?.sql).toContain("MODIFY `r` ENUM('A', 'B') NOT NULL;");
    expect(added.diagnostics).toEqual([]);
    const removed = diffSql(model(enumOf("  A\n  B\n"), "mysql"), model(enumOf("  A\n"), "mysql"));
    expect(removed.migrations[0]?.warnings.map((w) => w.kind)).toEqual(["changed-type"]);
  });
});

describe("diffSql() doc comments on PostgreSQL", () => {
  const from =
    "/// People.\nmodel User {\n  id   Int     @id\n  /// Shown.\n  name String?\n  /// Gone soon.\n  nick String?\n}\n";
  const to = "model User {\n  id   Int     @id\n  /// Shown to others.\n  name String?\n  nick String?\n}\n";

  it("sets new and changed comments and clears removed ones, and runs on PGlite", async () => {
    const sql = diffSql(model(from), model(to)).files[0]?.content ?? "";
    expect(sql).toContain(`-- AddComment\nCOMMENT ON COLUMN "User"."name" IS 'Shown to others.';`);
    expect(sql).toContain(`COMMENT ON TABLE "User" IS NULL;`);
    expect(sql).toContain(`COMMENT ON COLUMN "User"."nick" IS NULL;`);
    const engine = await pgliteEngine();
    try {
      await engine.exec(generateSql(model(from)).files[0]?.content ?? "");
      await engine.exec(sql);
      const rows = await engine.query<{ t: string | null; name: string | null; nick: string | null }>(
        `SELECT obj_description('"User"'::regclass) AS t, col_description('"User"'::regclass, 2) AS name, col_description('"User"'::regclass, 3) AS nick`,
      );
      expect(rows).toEqual([{ t: null, name: "Shown to others.", nick: null }]);
    } finally {
      await engine.close();
    }
  }, 60_000);
});
