import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gen, project, removeProjects, schema, write } from "./test-support/e2e.js";

afterEach(removeProjects);

/** A `generator cardinal` block with these lines. */
const block = (...lines: string[]) =>
  `generator cardinal {\n  provider = "cardinal-generator"\n${lines.map((line) => `  ${line}\n`).join("")}}\n`;

describe("gen with a cardinal-generator block, prisma.config.ts and from a subfolder (the built binary)", {
  timeout: 60_000,
}, () => {
  it("gen takes its options from the schema's cardinal-generator block", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema(block('output = "../out"', 'only = "sql"', 'dialects = "sqlite"')));
    const result = gen(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(dir, "out/sql/sqlite.sql"))).toBe(true);
    expect(existsSync(join(dir, "out/sql/postgresql.sql"))).toBe(false);
    expect(existsSync(join(dir, "out/types"))).toBe(false);
  });

  it("a cardinal.config.json wins over the block for a key both set", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema(block('only = "sql"', 'sql_dialects = "sqlite"')));
    write(dir, "cardinal.config.json", JSON.stringify({ generators: { sql: { dialects: ["mysql"] } } }));
    expect(gen(dir).code).toBe(0);
    expect(existsSync(join(dir, "generated/sql/mysql.sql"))).toBe(true);
    expect(existsSync(join(dir, "generated/sql/sqlite.sql"))).toBe(false);
  });

  it("a bad block option is exit 2 with the schema file, line, column and key, nothing written", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema(block('sql_dialects = "oracle"')));
    const result = gen(dir);
    expect(result.code).toBe(2);
    const line = schema().split("\n").length + 2; // after the `generator` and `provider` lines
    expect(result.stderr).toContain(
      `prisma/schema.prisma:${line}:3: generator cardinal: sql_dialects: expected an array`,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, "generated"))).toBe(false);
  });

  it("gen finds the schema prisma.config.ts names, without Prisma installed (defineConfig, env, dotenv)", () => {
    const dir = project();
    write(dir, "db/main.prisma", schema(block('only = "sql"', 'dialects = "sqlite"')));
    write(
      dir,
      "prisma.config.ts",
      'import "dotenv/config";\nimport { defineConfig, env } from "prisma/config";\n\nexport default defineConfig({\n  schema: "db/main.prisma",\n  datasource: { url: env("DATABASE_URL") },\n});\n',
    );
    const result = gen(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, "generated/sql/sqlite.sql"), "utf8")).toContain('CREATE TABLE "Post"');
  });

  it("gen run in a subfolder uses the project above it (schema, config, output), not the subfolder", () => {
    const dir = project();
    write(dir, "package.json", "{}");
    write(dir, "prisma/schema.prisma", schema());
    write(dir, "cardinal.config.json", JSON.stringify({ output: "out", generators: { types: false, zod: false } }));
    write(dir, "src/deep/keep.txt", "");
    const result = gen(join(dir, "src/deep"));
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(dir, "out/sql/postgresql.sql"))).toBe(true);
    expect(existsSync(join(dir, "src/deep/generated"))).toBe(false);
  });

  it("the search stops at a package.json: a package without a schema does not use its workspace's", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    write(dir, "packages/app/package.json", "{}");
    const result = gen(join(dir, "packages/app"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("No Prisma schema found");
  });
});
