import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gen, project, removeProjects, schema, write } from "./test-support/e2e.js";

const bareFolders: string[] = [];
afterEach(() => {
  removeProjects();
  for (const dir of bareFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("gen's command line (the built binary)", { timeout: 180_000 }, () => {
  it("suggests the closest command or flag for a typo, and blames --only, not the config file", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    write(dir, "cardinal.config.ts", 'export default { output: "generated" };\n');
    expect(gen(dir, "--onyl", "types")).toMatchObject({
      code: 2,
      stderr: "gen: unknown option --onyl; did you mean --only? See gen generate --help.\n",
    });
    expect(gen(dir, "generte").stderr).toContain('unknown command "generte"; did you mean generate?');
    expect(gen(dir, "chek", "--json").stdout).toContain("did you mean check?");
    const only = gen(dir, "check", "--only", "tpyes");
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('unknown generator "tpyes" in --only; did you mean types?');
    expect(only.stderr).not.toContain("cardinal.config.ts");
    expect(gen(dir, "--dialect", "postgres").stderr).toContain("did you mean postgresql?");
    expect(gen(dir, "validate", "--dry-run").stderr).toContain("gen validate does not take --dry-run");
  });

  it("`help` is a command; each command has its own help; -h, -v and -q are short flags", () => {
    const dir = project();
    const help = gen(dir, "help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage$/m);
    expect(gen(dir, "-h").stdout).toBe(help.stdout);
    const check = gen(dir, "check", "--help");
    expect(check.stdout).toMatch(/^gen check \[options\]/);
    expect(check.stdout).not.toContain("--dry-run");
    expect(gen(dir, "help", "check").stdout).toBe(check.stdout);
    expect(gen(dir, "init", "-h").stdout).toContain("--script");
    expect(gen(dir, "-v").stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    write(dir, "prisma/schema.prisma", schema());
    expect(gen(dir, "-q")).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("--dry-run lists each file to create, update or delete; --diff shows unified diffs", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema("\nmodel Tag {\n  id Int @id\n}\n"));
    const first = gen(dir, "--dry-run", "--only", "types,sql");
    expect(first.stdout).toContain("create  generated/types/models/Tag.ts\n");
    expect(first.stdout).toMatch(/dry run: \d+ to create, 0 to update, 0 to delete, 0 unchanged; nothing written/);
    expect(existsSync(join(dir, "generated"))).toBe(false);
    expect(gen(dir, "--only", "types,sql").code).toBe(0);
    write(
      dir,
      "prisma/schema.prisma",
      schema().replace("  id    Int    @id\n", "  id    Int    @id\n  name  String\n"),
    );
    const second = gen(dir, "-n", "--diff", "--only", "types,sql");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("update  generated/sql/postgresql.sql\n--- a/generated/sql/postgresql.sql\n");
    expect(second.stdout).toContain('+    "name" TEXT NOT NULL,');
    expect(second.stdout).toContain(
      "delete  generated/types/models/Tag.ts\n--- a/generated/types/models/Tag.ts\n+++ /dev/null",
    );
    expect(gen(dir, "--diff").stderr).toContain("add --dry-run");
  });
});

describe("gen init (the built binary)", { timeout: 180_000 }, () => {
  /** A folder with no node_modules at all: `@cardinal/cli` is not installed there (as with `npx gen`). */
  function bareProject(): string {
    const dir = mkdtempSync(join(tmpdir(), "cardinal-bare-"));
    bareFolders.push(dir);
    return dir;
  }

  it("in a MySQL project writes dialects mysql, and gen writes mysql.sql, not postgresql.sql", () => {
    const dir = bareProject();
    write(dir, "prisma/schema.prisma", schema().replace('"postgresql"', '"mysql"'));
    expect(gen(dir, "init").code).toBe(0);
    expect(readFileSync(join(dir, "cardinal.config.ts"), "utf8")).toContain('dialects: ["mysql"]');
    const run = gen(dir);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(existsSync(join(dir, "generated/sql/mysql.sql"))).toBe(true);
    expect(existsSync(join(dir, "generated/sql/postgresql.sql"))).toBe(false);
  });

  it("on MongoDB turns SQL off; the JSON config loads too; --script adds a gen script", () => {
    const dir = bareProject();
    write(
      dir,
      "schema.prisma",
      'datasource db {\n  provider = "mongodb"\n}\n\nmodel A {\n  id String @id @map("_id")\n}\n',
    );
    writeFileSync(join(dir, "package.json"), '{\n  "name": "x",\n  "scripts": {\n    "test": "vitest"\n  }\n}\n');
    expect(gen(dir, "init", "--format", "json", "--script").code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, "cardinal.config.json"), "utf8")) as Record<string, unknown>;
    expect(config).toMatchObject({ schema: "schema.prisma", generators: { sql: false } });
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))).toEqual({
      name: "x",
      scripts: { test: "vitest", gen: "gen" },
    });
    const run = gen(dir);
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).not.toContain("sql");
  });

  it("the TypeScript config loads where @cardinal/cli is not installed, and errors never name a temporary .mjs", () => {
    const dir = bareProject();
    expect(gen(dir, "init").code).toBe(0);
    expect(readFileSync(join(dir, "cardinal.config.ts"), "utf8")).toMatch(/^import type \{ CardinalConfig \}/);
    expect(gen(dir).code).toBe(0);
    write(
      dir,
      "cardinal.config.ts",
      'import { defineConfig } from "@cardinal/cli";\nexport default defineConfig({});\n',
    );
    const missing = gen(dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cardinal.config.ts");
    expect(missing.stderr).not.toMatch(/\.mjs/);
  });
});
