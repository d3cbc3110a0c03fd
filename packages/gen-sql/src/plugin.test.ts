import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { generateSql } from "./generate-sql.js";
import { sqlOptionsSchema } from "./options-schema.js";
import { sqlGenerator } from "./plugin.js";

const { model } = parseSchema([
  {
    path: "schema.prisma",
    content:
      'datasource db {\n  provider = "postgresql"\n}\n\nenum Role {\n  A\n}\n\nmodel User {\n  id   Int  @id\n  role Role\n}\n',
  },
]);

describe("sqlGenerator", () => {
  it("answers no options as its zod schema does, without loading zod, and any other through zod", () => {
    expect(sqlGenerator.options.safeParse({})).toEqual(sqlOptionsSchema.safeParse({}));
    expect(sqlGenerator.options.safeParse({})).toEqual({ success: true, data: {} });
    expect(Object.keys(sqlGenerator.options.shape ?? {})).toEqual(Object.keys(sqlOptionsSchema.shape));
  });

  it("`sqlGenerator` is named sql and generates what generateSql() does with the options its schema checked", async () => {
    expect(sqlGenerator.name).toBe("sql");
    const parsed = sqlGenerator.options.safeParse({ dialects: ["sqlite"], comments: false });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    expect(await sqlGenerator.generate(model, parsed.data)).toEqual(
      generateSql(model, { dialects: ["sqlite"], comments: false }),
    );
  });

  it("`sqlGenerator`'s options schema refuses a bad value with what it expected", () => {
    const parsed = sqlGenerator.options.safeParse({ dialects: ["postgresql", "oracle"] });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(parsed.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [["dialects"], 'an array of "postgresql", "mysql", "sqlite"'],
      ]);
  });
});

describe("sqlGenerator.notApplicable()", () => {
  it("`sqlGenerator.notApplicable()` gives the reason for MongoDB, nothing for PostgreSQL", () => {
    const mongo = parseSchema([
      {
        path: "s.prisma",
        content: 'datasource db {\n  provider = "mongodb"\n}\n\nmodel A {\n  id String @id @map("_id")\n}\n',
      },
    ]).model;
    expect(sqlGenerator.notApplicable?.(mongo, {})).toBe(
      "SQL does not apply to MongoDB (no tables or foreign keys); the other generators ran",
    );
    expect(sqlGenerator.notApplicable?.(model, {})).toBeUndefined();
  });

  it("skips SQL Server unless `dialects` names a dialect Cardinal writes", () => {
    const sqlServer = parseSchema('datasource db {\n  provider = "sqlserver"\n}\n\nmodel A {\n  id Int @id\n}\n').model;
    expect(sqlGenerator.notApplicable?.(sqlServer)).toMatch(/^Cardinal has no SQL Server dialect yet; /);
    expect(sqlGenerator.notApplicable?.(sqlServer, { dialects: [] })).toMatch(/SQL Server/);
    expect(sqlGenerator.notApplicable?.(sqlServer, { dialects: ["postgresql"] })).toBeUndefined();
  });
});
