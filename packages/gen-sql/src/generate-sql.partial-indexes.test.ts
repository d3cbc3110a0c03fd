import { parseSchema } from "@cardinal/core";
import { createPglite, createSqlite } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateSql } from "./generate-sql.js";
import type { SqlDialect } from "./options.js";

const schema = (provider: string) => `datasource db {
  provider = "${provider}"
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["partialIndexes"]
}

model Account {
  id      Int     @id
  email   String  @unique(where: raw("deleted IS NULL"))
  handle  String
  active  Boolean
  deleted Int?

  @@unique([handle], map: "live_handle", where: { active: true })
}
`;

function sqlFor(provider: string, dialect: SqlDialect) {
  const result = parseSchema(schema(provider));
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return generateSql(result.model, { dialects: [dialect] });
}

/** Inserts rows one by one; returns, per row, whether the database refused it. */
async function refusals(run: (sql: string) => Promise<void>, rows: readonly string[]): Promise<boolean[]> {
  const refused: boolean[] = [];
  for (const row of rows) {
    refused.push(
      await run(`INSERT INTO "Account" ("id", "email", "handle", "active", "deleted") VALUES ${row};`).then(
        () => false,
        () => true,
      ),
    );
  }
  return refused;
}

// Same email twice while one is deleted: allowed; twice live: refused. Same handle twice while one is inactive:
// allowed; twice active: refused. A full unique index would refuse rows 2 and 4 as well.
const rows = [
  "(1, 'a@x', 'a', true, NULL)",
  "(2, 'a@x', 'b', true, 1)",
  "(3, 'a@x', 'c', true, NULL)",
  "(4, 'b@x', 'a', false, NULL)",
  "(5, 'c@x', 'a', true, NULL)",
];
const expected = [false, false, true, false, true];

describe("generateSql() with partial indexes", () => {
  it("generateSql() writes partial uniques that PostgreSQL enforces only on the rows they cover", async () => {
    const [file] = sqlFor("postgresql", "postgresql").files;
    const db = await createPglite();
    try {
      await db.exec(file?.content ?? "");
      expect(await refusals((sql) => db.exec(sql).then(() => undefined), rows)).toEqual(expected);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("generateSql() writes partial uniques that SQLite enforces only on the rows they cover", async () => {
    const [file] = sqlFor("sqlite", "sqlite").files;
    const db = await createSqlite();
    db.exec(file?.content ?? "");
    expect(await refusals(async (sql) => void db.exec(sql), rows)).toEqual(expected);
    db.close();
  });

  it("generateSql() leaves partial indexes out of mysql.sql, with an E503 error for each", () => {
    const result = sqlFor("postgresql", "mysql");
    expect(result.files[0]?.content).not.toMatch(/UNIQUE INDEX/);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["E503", "error"],
      ["E503", "error"],
    ]);
  });
});
