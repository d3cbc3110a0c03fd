import { parseSchema } from "@cardinal/core";
import {
  createPglite,
  createSqlite,
  engineFactories,
  prismaVerdict,
  readPostgresCatalog,
  readSqliteCatalog,
  resetPostgres,
} from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateSql } from "./generate-sql.js";

/** Table, column, enum and value names and doc comments that break naive quoting; Prisma accepts all of it. */
const tableName = `Or\`der's "list"`;
const columnName = `we"ird\\name`;
const docComment = `Orders: it's "quoted", ends a block */ and starts one /*, -- is no comment, back\\slash`;
const schema = `datasource db {
  provider = "postgresql"
}

/// ${docComment}
/// Second line; DROP TABLE "User";
model Order {
  id     Int    @id
  /// ${docComment}
  select String @map("${columnName.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}") @default("it's \\"x\\" \\\\")
  group  Group  @default(user)
  users  user[]

  @@map("${tableName.replaceAll('"', '\\"')}")
}

model user {
  id     Int     @id
  from   Int
  order  Order   @relation(fields: [from], references: [id])
}

enum Group {
  user   @map("us'er")
  admin

  @@map("gr\\"oup")
}
`;

const model = () => {
  const result = parseSchema(schema);
  expect(result.diagnostics).toEqual([]);
  return result.model;
};

describe("generateSql() with hostile names and comments", () => {
  it("the schema is valid for Prisma too (so the case is real)", () => {
    expect(prismaVerdict(schema)).toMatchObject({ valid: true });
  });

  it("PostgreSQL: runs, and names, the default and both comments come back exactly", async () => {
    const [file] = generateSql(model(), { dialects: ["postgresql"] }).files;
    const db = await createPglite();
    try {
      await resetPostgres(db);
      await db.exec(file?.content ?? "");
      const catalog = await readPostgresCatalog(db);
      const table = catalog.tables.find((t) => t.name === `public.${tableName}`);
      expect(table?.columns.map((c) => c.name)).toEqual(["id", columnName, "group"]);
      expect(table?.columns[1]?.default).toBe(`'it''s "x" \\'::text`);
      expect(catalog.enums).toEqual([{ name: 'public.gr"oup', values: ["us'er", "admin"] }]);
      const comments = await db.query<{ description: string }>(
        `SELECT d.description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid WHERE c.relname = $1 ORDER BY d.objsubid`,
        [tableName],
      );
      expect(comments.rows.map((r) => r.description)).toEqual([
        `${docComment}\nSecond line; DROP TABLE "User";`,
        docComment,
      ]);
      expect(catalog.tables.map((t) => t.name)).toEqual([`public.${tableName}`, "public.user"]);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("SQLite: runs, names and the default come back, doc comments stay comments", async () => {
    const [file] = generateSql(model(), { dialects: ["sqlite"] }).files;
    const db = await createSqlite();
    try {
      db.run(file?.content ?? "");
      const catalog = readSqliteCatalog(db);
      expect(catalog.tables.map((t) => t.name)).toEqual([tableName, "user"]);
      expect(catalog.tables[0]?.columns[1]).toMatchObject({ name: columnName, default: `'it''s "x" \\'` });
      db.run(`INSERT INTO "${tableName.replaceAll('"', '""')}" ("id", "group") VALUES (1, 'us''er')`);
      expect(
        db.exec(`SELECT "${columnName.replaceAll('"', '""')}" FROM "${tableName.replaceAll('"', '""')}"`)[0]?.values,
      ).toEqual([[`it's "x" \\`]]);
    } finally {
      db.close();
    }
  });

  it("MySQL: backticks and quotes inside names and comments are escaped", () => {
    const sql = generateSql(model(), { dialects: ["mysql"] }).files[0]?.content ?? "";
    expect(sql).toContain('CREATE TABLE `Or``der\'s "list"` (');
    expect(sql).toContain("`we\"ird\\name` VARCHAR(191) NOT NULL DEFAULT 'it''s \"x\" \\\\'");
    expect(sql).toContain("ENUM('us''er', 'admin')");
    expect(sql).toContain(
      "COMMENT 'Orders: it''s \"quoted\", ends a block */ and starts one /*, -- is no comment, back\\\\slash\\nSecond line; DROP TABLE \"User\";'",
    );
  });

  const mysqlServer = engineFactories().find((factory) => factory.name === "MySQL/MariaDB server");
  it.skipIf(mysqlServer?.skip !== undefined)(
    "MySQL server: runs, and the comment and default come back exactly",
    async () => {
      const create = mysqlServer?.create;
      if (!create) throw new Error("skipped without a server, so this cannot run");
      const engine = await create();
      try {
        await engine.reset();
        await engine.exec(generateSql(model(), { dialects: ["mysql"] }).files[0]?.content ?? "");
        const tables = await engine.query<{ TABLE_NAME: string; TABLE_COMMENT: string }>(
          "SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME",
        );
        expect(tables).toEqual([
          { TABLE_NAME: tableName, TABLE_COMMENT: `${docComment}\nSecond line; DROP TABLE "User";` },
          { TABLE_NAME: "user", TABLE_COMMENT: "" },
        ]);
        const columns = await engine.query<{ COLUMN_NAME: string; COLUMN_DEFAULT: string | null }>(
          "SELECT COLUMN_NAME, COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME LIKE 'we%'",
        );
        expect(columns[0]?.COLUMN_NAME).toBe(columnName);
      } finally {
        await engine.close();
      }
    },
  );
});
