import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cardinalBlock,
  clientBlock,
  gen,
  prismaGenerate,
  project,
  removeProjects,
  schema,
  write,
} from "./test-support/prisma.js";

afterEach(removeProjects);

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

describe("cardinal-generator under the real `prisma generate` (Prisma 6.19, offline)", { timeout: 300_000 }, () => {
  it("prisma generate writes Prisma Client and Cardinal's files; removing the block later removes nothing", () => {
    const dir = project();
    write(
      dir,
      "prisma/schema.prisma",
      schema(clientBlock, cardinalBlock('only = "sql,mermaid"', 'dialects = "sqlite"')),
    );
    const first = prismaGenerate(dir);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain("Generated Cardinal");
    expect(existsSync(join(dir, "client/client.ts"))).toBe(true);
    expect(files(join(dir, "generated"))).toEqual([
      ".cardinal-manifest.json",
      "mermaid",
      "mermaid/schema.md",
      "mermaid/schema.mmd",
      "sql",
      "sql/sqlite.sql",
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, "generated/.cardinal-manifest.json"), "utf8"));
    expect(manifest.generators.sql).toEqual(["sql/sqlite.sql"]);

    const before = files(dir);
    write(dir, "prisma/schema.prisma", schema(clientBlock));
    const second = prismaGenerate(dir);
    expect(second.code, second.output).toBe(0);
    expect(second.output).not.toContain("Cardinal");
    expect(files(dir)).toEqual(before);
  });

  it("a bad option fails prisma generate with one located line naming the block key; the client before it is written", () => {
    const dir = project();
    const text = schema(clientBlock, cardinalBlock('sql_dialects = "oracle"'));
    write(dir, "prisma/schema.prisma", text);
    const result = prismaGenerate(dir);
    expect(result.code).not.toBe(0);
    const line = text.split("\n").findIndex((l) => l.includes("sql_dialects")) + 1;
    expect(result.output).toContain(
      `Cardinal: invalid configuration: prisma/schema.prisma:${line}:3: generator cardinal: sql_dialects: expected an array of "postgresql", "mysql", "sqlite", received an array (["oracle"])`,
    );
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, "generated"))).toBe(false);
    expect(existsSync(join(dir, "client/client.ts"))).toBe(true);
  });

  it("gen reads the same block: after prisma generate, gen check finds every file up to date", () => {
    const dir = project();
    const block = cardinalBlock('output = "../out"', 'only = "types,zod,sql"', 'sql_dialects = ["mysql"]');
    write(dir, "prisma/schema.prisma", schema(block));
    const prisma = prismaGenerate(dir);
    expect(prisma.code, prisma.output).toBe(0);
    expect(existsSync(join(dir, "out/sql/mysql.sql"))).toBe(true);
    expect(existsSync(join(dir, "out/mermaid"))).toBe(false);
    const check = gen(dir, "check");
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain("up to date");
  });

  it("a multi-file schema folder: the block's output is relative to its own file", () => {
    const dir = project();
    const [datasource = "", ...models] = schema().split("\n\n");
    write(
      dir,
      "prisma/schema/main.prisma",
      `${datasource}\n\n${cardinalBlock('output = "../../db-out"', 'only = "sql"')}`,
    );
    write(dir, "prisma/schema/models.prisma", models.join("\n\n"));
    const result = prismaGenerate(dir, "--schema", "prisma/schema");
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(join(dir, "db-out/sql/postgresql.sql"), "utf8")).toContain('CREATE TABLE "Post"');
  });
});
