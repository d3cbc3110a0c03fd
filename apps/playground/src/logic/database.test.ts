import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./database.js";
import { exampleById } from "./examples.js";
import { generateQuick as generateAll } from "./generate.js";
import { sampleInsert } from "./sample-rows.js";

describe("the playground database (PGlite)", async () => {
  const database = await openDatabase();
  afterAll(() => database.close());

  it("creates the example's tables with their constraints", async () => {
    const result = await database.apply(generateAll(exampleById("one-to-one").schema).sql.postgresql);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tables.map((table) => table.name)).toEqual(["Profile", "User"]);
    const profile = result.tables[0];
    expect(profile?.constraints.map((constraint) => constraint.name)).toEqual([
      "Profile_pkey",
      "Profile_userId_fkey",
      "Profile_userId_key",
    ]);
  });

  it("shows a second 1-1 row for the same user as a unique violation", async () => {
    await database.apply(generateAll(exampleById("one-to-one").schema).sql.postgresql);
    expect(
      await database.run(
        `INSERT INTO "User" (email) VALUES ('a@example.com'); INSERT INTO "Profile" (bio, "userId") VALUES ('one', 1);`,
      ),
    ).toMatchObject({ ok: true });
    const second = await database.run(`INSERT INTO "Profile" (bio, "userId") VALUES ('two', 1);`);
    expect(second).toEqual({ ok: false, error: expect.stringContaining('unique constraint "Profile_userId_key"') });
  });

  it("starts from scratch on every apply and reports DDL errors", async () => {
    const result = await database.apply("CREATE TABLE broken (");
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("syntax error") });
    const again = await database.apply(generateAll(exampleById("many-to-many").schema).sql.postgresql);
    expect(again.ok && again.tables.map((table) => table.name)).toEqual(["Post", "Tag", "_PostToTag"]);
  });

  it("offers sample inserts that fill every required column", async () => {
    const result = await database.apply(generateAll(exampleById("one-to-many").schema).sql.postgresql);
    if (!result.ok) throw new Error(result.error);
    const byName = new Map(result.tables.map((table) => [table.name, table]));
    const order = ["User", "Category", "Post"].map((name) => sampleInsert(byName.get(name) as never));
    expect(order[2]).toBe(
      `INSERT INTO "Post" ("title", "authorId") VALUES ('text', (SELECT "id" FROM "User" LIMIT 1));`,
    );
    expect(await database.run(order.join("\n"))).toMatchObject({ ok: true });
  });
});
