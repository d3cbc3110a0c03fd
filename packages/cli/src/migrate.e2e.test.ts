import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gen, project, removeProjects, schema, write } from "./test-support/e2e.js";

afterEach(removeProjects);

describe("gen migrate (the built binary)", { timeout: 60_000 }, () => {
  it("`gen migrate` writes Prisma Migrate's folders from the snapshot, and `gen check` reports a schema change without a migration", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    const first = gen(dir, "migrate", "--name", "Init schema", "--naming", "ordinal");
    expect(first).toMatchObject({
      code: 0,
      stdout: "gen migrate: wrote prisma/migrations/0001_init_schema/migration.sql\n",
    });
    expect(readFileSync(join(dir, "prisma/migrations/0001_init_schema/migration.sql"), "utf8")).toContain(
      'CREATE TABLE "Post"',
    );
    expect(readFileSync(join(dir, "prisma/migrations/migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
    expect(existsSync(join(dir, "generated/.cardinal-schema.json"))).toBe(true);
    expect(gen(dir, "migrate", "--name", "again", "--naming", "ordinal").stdout).toContain("no schema change");

    write(
      dir,
      "prisma/schema.prisma",
      schema().replace("  id    Int    @id\n", "  id    Int    @id\n  email String?\n"),
    );
    expect(gen(dir).code).toBe(0);
    const stale = gen(dir, "check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("gen check: the schema changed since the last migration");

    const second = gen(dir, "migrate", "--name", "add_email", "--naming", "ordinal");
    expect(second.code).toBe(0);
    expect(readFileSync(join(dir, "prisma/migrations/0002_add_email/migration.sql"), "utf8")).toContain(
      'ALTER TABLE "User" ADD COLUMN "email" TEXT;',
    );
    expect(gen(dir, "check")).toMatchObject({ code: 0 });
  });

  it("`gen migrate` names folders by UTC timestamp by default, into --migrations, and needs --name", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    expect(gen(dir, "migrate").code).toBe(2);
    expect(gen(dir, "migrate", "--name", "init", "--migrations", "db/migrations").code).toBe(0);
    const [folder] = readdirSync(join(dir, "db/migrations")).filter((name) => name !== "migration_lock.toml");
    expect(folder).toMatch(/^\d{14}_init$/);
  });

  it("`gen migrate` takes its folder and naming from the config's `migrations`, and the flags win", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    write(dir, "cardinal.config.json", JSON.stringify({ migrations: { directory: "db/changes", naming: "ordinal" } }));
    expect(gen(dir, "migrate", "--name", "init").code).toBe(0);
    expect(readdirSync(join(dir, "db/changes")).sort()).toEqual(["0001_init", "migration_lock.toml"]);
    write(dir, "prisma/schema.prisma", schema("model Note {\n  id Int @id\n}\n"));
    expect(gen(dir, "migrate", "--name", "note", "--naming", "timestamp").code).toBe(0);
    expect(readdirSync(join(dir, "db/changes")).filter((name) => /^\d{14}_note$/.test(name))).toHaveLength(1);
    write(dir, "cardinal.config.json", JSON.stringify({ migrations: { naming: "daily" } }));
    const refused = gen(dir, "migrate", "--name", "x");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("migrations.naming");
  });
});
