import { loadRealisticSchemas } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./database.js";
import { examples } from "./examples.js";
import { pgvectorStandIn } from "./extensions.js";
import { generateQuick } from "./generate.js";
import { insertOrder, qualifiedName, sampleInserts } from "./sample-rows.js";

/** The realistic schemas PGlite can hold: PostgreSQL ones, as one text (pgvector is not in PGlite). */
const realistic = loadRealisticSchemas()
  .filter((schema) => schema.provider === "postgresql")
  .map((schema) => ({ id: schema.name, schema: schema.files.map((file) => file.content).join("\n") }));

describe("sampleInserts() on PGlite", async () => {
  const database = await openDatabase();
  afterAll(() => database.close());

  it.each([...examples, ...realistic].map((entry) => [entry.id, entry.schema] as const))(
    "fills every table of %s in foreign-key order, and the rows run",
    async (_id, schema) => {
      const outputs = generateQuick(schema);
      expect(outputs.valid).toBe(true);
      const ddl = pgvectorStandIn(outputs.sql.postgresql);
      const applied = await database.apply(ddl);
      if (!applied.ok) throw new Error(applied.error);
      expect(applied.tables.length).toBeGreaterThanOrEqual(outputs.modelNames.length);
      const sql = sampleInserts(applied.tables, applied.enums);
      const result = await database.run(sql);
      expect(result).toEqual({ ok: true, rows: [], affected: expect.any(Number) });
      const counts = await database.run(
        applied.tables.map((table) => `SELECT count(*)::int AS n FROM ${qualifiedName(table)}`).join(" UNION ALL "),
      );
      expect(counts.ok && counts.rows.every((row) => row.n === 1)).toBe(true);
    },
  );

  it("`insertOrder()` puts a parent before its child even when the child sorts first", async () => {
    const applied = await database.apply(generateQuick(examples[0]?.schema ?? "").sql.postgresql);
    if (!applied.ok) throw new Error(applied.error);
    expect(applied.tables.map((table) => table.name)).toEqual(["Profile", "User"]);
    expect(insertOrder(applied.tables).map((table) => table.name)).toEqual(["User", "Profile"]);
  });
});
