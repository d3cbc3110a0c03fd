import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bin, gen, project, removeProjects, schema, write } from "./test-support/e2e.js";

afterEach(removeProjects);

function writeSchema(dir: string, text: string): void {
  write(dir, "prisma/schema.prisma", text);
}

describe("gen (the built binary)", { timeout: 60_000 }, () => {
  it("init → generate → check passes → edit → check names the stale files → generate → check passes", () => {
    const dir = project();
    const init = gen(dir, "init");
    expect(init).toMatchObject({
      code: 0,
      stdout:
        'wrote prisma/schema.prisma (an example)\nwrote cardinal.config.ts\nnext: npx gen (or a package.json script: "generate": "gen")\n',
    });
    const first = gen(dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^types +7 written, 0 unchanged \(\d+ ms\) → generated\/types$/m);
    expect(existsSync(join(dir, "generated/sql/postgresql.sql"))).toBe(true);
    expect(existsSync(join(dir, "generated/zod/models/User.ts"))).toBe(true);
    expect(gen(dir, "check")).toMatchObject({ code: 0, stdout: "gen check: all generated files are up to date\n" });
    writeFileSync(
      join(dir, "prisma/schema.prisma"),
      `${readFileSync(join(dir, "prisma/schema.prisma"), "utf8")}\nmodel Tag {\n  id Int @id\n}\n`,
    );
    const stale = gen(dir, "check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("stale    sql/postgresql.sql");
    expect(stale.stderr).toContain("missing  types/models/Tag.ts");
    expect(gen(dir).code).toBe(0);
    expect(gen(dir, "check").code).toBe(0);
  });

  it("init in a project without @cardinal/cli installed says to install it before a bare npx gen", () => {
    const dir = mkdtempSync(join(tmpdir(), "cardinal-cli-bare-"));
    try {
      // pnpm's bin shims set NODE_PATH to the workspace's packages; a user's shell does not.
      const { NODE_PATH: _, ...env } = process.env;
      const init = spawnSync(process.execPath, [bin, "init"], { cwd: dir, encoding: "utf8", env });
      expect(init.status).toBe(0);
      expect(init.stdout).toMatch(/^next: npm install -D @cardinal\/cli, then npx gen \(npx @cardinal\/cli .*\)$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves unchanged files alone (same mtime), removes what it no longer generates, never touches other files", () => {
    const dir = project();
    writeSchema(dir, schema("\nmodel Tag {\n  id Int @id\n}\n"));
    expect(gen(dir).code).toBe(0);
    writeFileSync(join(dir, "generated/types/mine.ts"), "export const mine = 1;\n");
    const before = statSync(join(dir, "generated/types/models/User.ts")).mtimeMs;
    writeSchema(dir, schema());
    const second = gen(dir, "--json");
    const json = JSON.parse(second.stdout) as { files: { path: string; change: string; generator: string }[] };
    expect(json.files.filter((f) => f.change === "delete" && f.generator === "types").map((f) => f.path)).toEqual([
      "generated/types/models/Tag.ts",
    ]);
    expect(json.files).toContainEqual(
      expect.objectContaining({ path: "generated/types/models/User.ts", change: "unchanged" }),
    );
    expect(statSync(join(dir, "generated/types/models/User.ts")).mtimeMs).toBe(before);
    expect(existsSync(join(dir, "generated/types/models/Tag.ts"))).toBe(false);
    expect(readFileSync(join(dir, "generated/types/mine.ts"), "utf8")).toBe("export const mine = 1;\n");
  });

  it("an invalid schema: exit 1 with file:line:col, code and a code frame; nothing written", () => {
    const dir = project();
    writeSchema(dir, "model User {\n  id    Int    @id\n  email Strng\n}\n");
    const result = gen(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('prisma/schema.prisma:3:9 - error E203: Type "Strng" is neither a built-in type');
    expect(result.stderr).toContain("3 |   email Strng\n  |         ^^^^^");
    expect(result.stderr).not.toMatch(/\bat \w+ \(/);
    expect(existsSync(join(dir, "generated"))).toBe(false);
  });

  it("a bad config: exit 2 naming the key path, what was expected and what was received", () => {
    const dir = project();
    writeSchema(dir, schema());
    writeFileSync(
      join(dir, "cardinal.config.json"),
      JSON.stringify({ output: 3, generators: { sql: { dialects: ["oracle"] }, zodd: {} } }),
    );
    const result = gen(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("output: expected a path (string), received number 3");
    expect(result.stderr).toContain(
      'generators.sql.dialects: expected an array of "postgresql", "mysql", "sqlite", received an array (["oracle"])',
    );
    expect(result.stderr).toContain(
      "generators.zodd: expected one of types, zod, mermaid, sql, received an unknown generator",
    );
    expect(gen(dir, "--frobnicate").code).toBe(2);
    expect(gen(dir, "--only", "types,nope").stderr).toContain(
      'unknown generator "nope" in --only. Expected a comma-separated list of types, zod, mermaid, sql',
    );
  });

  it("loads a TypeScript config with defineConfig; flags override it", () => {
    const dir = project();
    writeSchema(dir, schema());
    writeFileSync(
      join(dir, "cardinal.config.ts"),
      'import { defineConfig } from "@cardinal/cli";\nexport default defineConfig({ output: "out", generators: { types: false, sql: { dialects: ["sqlite"] } } });\n',
    );
    expect(gen(dir).code).toBe(0);
    expect(existsSync(join(dir, "out/sql/sqlite.sql"))).toBe(true);
    expect(existsSync(join(dir, "out/types"))).toBe(false);
    expect(gen(dir, "--dialect", "mysql,postgresql", "--only", "sql").code).toBe(0);
    expect(existsSync(join(dir, "out/sql/mysql.sql"))).toBe(true);
  });

  it("--only, --dry-run and --json", () => {
    const dir = project();
    writeSchema(dir, schema());
    const dry = gen(dir, "--dry-run", "--json");
    expect(JSON.parse(dry.stdout)).toMatchObject({ ok: true, dryRun: true, command: "generate" });
    expect(existsSync(join(dir, "generated"))).toBe(false);
    expect(gen(dir, "--only", "mermaid", "--quiet")).toMatchObject({ code: 0, stdout: "" });
    expect(existsSync(join(dir, "generated/mermaid/schema.mmd"))).toBe(true);
    expect(existsSync(join(dir, "generated/types"))).toBe(false);
    const validate = gen(dir, "validate", "--format", "json");
    expect(JSON.parse(validate.stdout)).toMatchObject({ ok: true, command: "validate", diagnostics: [] });
    writeSchema(dir, "model A {\n  x Int\n}\n");
    const invalid = JSON.parse(gen(dir, "validate", "--format", "json").stdout) as {
      ok: boolean;
      diagnostics: { code: string; range: { start: { line: number; character: number } } }[];
    };
    expect(invalid).toMatchObject({
      ok: false,
      diagnostics: [{ code: "E206", file: "prisma/schema.prisma", range: { start: { line: 0, character: 6 } } }],
    });
  });

  it("a failing generator leaves the previous output intact", () => {
    const dir = project();
    writeSchema(dir, schema());
    expect(gen(dir).code).toBe(0);
    const before = readFileSync(join(dir, "generated/types/models/User.ts"), "utf8");
    // A wrong `/// @zod` annotation makes the zod generator fail (E601), so nothing of this run is written.
    writeSchema(
      dir,
      schema().replace("  id    Int    @id\n", "  /// @zod .email()\n  id    Int    @id\n  name  String\n"),
    );
    const result = gen(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("E601");
    expect(readFileSync(join(dir, "generated/types/models/User.ts"), "utf8")).toBe(before);
    expect(existsSync(join(dir, "generated/sql/postgresql.sql"))).toBe(true);
  });

  it("on MongoDB writes types, zod and diagrams, says in one line that SQL does not apply; --only sql exits 2", {
    timeout: 120_000,
  }, () => {
    const dir = project();
    writeSchema(
      dir,
      'datasource db {\n  provider = "mongodb"\n}\n\ntype Address {\n  city String\n}\n\nmodel Post {\n  id     String   @id @default(auto()) @map("_id") @db.ObjectId\n  tagIds String[] @db.ObjectId\n  tags   Tag[]    @relation(fields: [tagIds], references: [id])\n  place  Address?\n}\n\nmodel Tag {\n  id      String   @id @default(auto()) @map("_id") @db.ObjectId\n  postIds String[] @db.ObjectId\n  posts   Post[]   @relation(fields: [postIds], references: [id])\n}\n',
    );
    const result = gen(dir);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: "" });
    const skipped = result.stdout.split("\n").filter((line) => line.includes("SQL"));
    expect(skipped).toEqual([expect.stringMatching(/^sql +skipped: SQL does not apply to MongoDB/)]);
    expect(readFileSync(join(dir, "generated/types/models/Post.ts"), "utf8")).toContain("tagIds: string[];");
    expect(readFileSync(join(dir, "generated/zod/models/Tag.ts"), "utf8")).toContain("postIds: z.array(z.string())");
    expect(readFileSync(join(dir, "generated/mermaid/schema.mmd"), "utf8")).toContain('"Post" }o--o{ "Tag" : "tags"');
    expect(existsSync(join(dir, "generated/sql"))).toBe(false);
    expect(gen(dir, "check")).toMatchObject({ code: 0 });
    const json = JSON.parse(gen(dir, "--json").stdout) as { skipped: { generator: string }[] };
    expect(json.skipped.map((skip) => skip.generator)).toEqual(["sql"]);
    for (const args of [
      ["--only", "types,sql"],
      ["--dialect", "postgresql"],
    ]) {
      const refused = gen(dir, ...args);
      expect(refused.code, args.join(" ")).toBe(2);
      expect(refused.stderr).toMatch(/^gen: .*SQL does not apply to MongoDB.*Leave out sql\.\n$/);
    }
  });

  it("on SQL Server writes the other outputs and skips SQL in one line, or writes the DDL of --dialect", {
    timeout: 120_000,
  }, () => {
    const dir = project();
    writeSchema(
      dir,
      'datasource db {\n  provider = "sqlserver"\n}\n\nmodel User {\n  id    Int    @id\n  email String @unique\n}\n',
    );
    const result = gen(dir);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^sql +skipped: Cardinal has no SQL Server dialect yet; /m);
    expect(existsSync(join(dir, "generated/types/models/User.ts"))).toBe(true);
    expect(existsSync(join(dir, "generated/sql"))).toBe(false);
    expect(gen(dir, "--only", "sql")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^gen: --only: Cardinal has no SQL Server dialect yet\. Leave out sql\.\n$/),
    });
    const postgres = gen(dir, "--dialect", "postgresql");
    expect(postgres, postgres.stderr).toMatchObject({ code: 0 });
    expect(readFileSync(join(dir, "generated/sql/postgresql.sql"), "utf8")).toContain('CREATE TABLE "User"');
  });

  it("refuses an output folder outside the project unless forced; finds the schema in package.json or a folder", () => {
    const dir = project();
    writeSchema(dir, schema());
    expect(gen(dir, "--out", "../elsewhere").stderr).toContain("is outside the project");
    const other = project();
    mkdirSync(join(other, "db/schema"), { recursive: true });
    writeFileSync(join(other, "package.json"), JSON.stringify({ prisma: { schema: "db/schema" } }));
    writeFileSync(join(other, "db/schema/a.prisma"), 'datasource db {\n  provider = "sqlite"\n}\n');
    writeFileSync(join(other, "db/schema/b.prisma"), "model B {\n  id Int @id\n}\n");
    expect(gen(other, "--only", "sql").code).toBe(0);
    expect(readFileSync(join(other, "generated/sql/sqlite.sql"), "utf8")).toContain('CREATE TABLE "B"');
  });

  it("check stays green after the project's formatter (Biome) rewrites the output", () => {
    const dir = project();
    writeSchema(dir, schema("\n/// A tag.\nmodel Tag {\n  id   Int    @id\n  name String @unique\n}\n"));
    expect(gen(dir).code).toBe(0);
    const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
    const before = readFileSync(join(dir, "generated/types/common.ts"), "utf8");
    const formatted = spawnSync(
      process.execPath,
      [biome, "check", "--write", "--unsafe", "--formatter-enabled=true", "--linter-enabled=false", "generated"],
      { cwd: dir, encoding: "utf8" },
    );
    expect(formatted.status, formatted.stderr).toBe(0);
    // The formatter really changed the files (tabs, line breaks, import order), or this test would prove nothing.
    expect(readFileSync(join(dir, "generated/types/common.ts"), "utf8")).not.toBe(before);
    const check = gen(dir, "check");
    expect(check, check.stderr).toMatchObject({ code: 0 });
    writeFileSync(
      join(dir, "generated/types/models/Tag.ts"),
      readFileSync(join(dir, "generated/types/models/Tag.ts"), "utf8").replace("name: string", "name: number"),
    );
    expect(gen(dir, "check").stderr).toContain("stale    types/models/Tag.ts");
  });
});

describe("gen watch", () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill("SIGTERM"));

  it("regenerates when the schema file changes, and says when an invalid schema is valid again", async () => {
    const dir = project();
    writeSchema(dir, schema());
    child = spawn(process.execPath, [bin, "watch", "--only", "sql"], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (text: string) => {
      for (let i = 0; i < 100 && !output.includes(text); i++) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain(text);
    };
    await waitFor("watching");
    writeSchema(dir, schema("\nmodel Broken {\n  x Int\n}\n"));
    await waitFor("E206");
    writeSchema(dir, schema("\nmodel Fixed {\n  id Int @id\n}\n"));
    await waitFor("the schema is valid again");
    expect(readFileSync(join(dir, "generated/sql/postgresql.sql"), "utf8")).toContain('CREATE TABLE "Fixed"');
  }, 30_000);
});
