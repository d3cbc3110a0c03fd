import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import { gen, project, removeProjects, schema, write } from "./test-support/e2e.js";

afterEach(removeProjects);

const jsonSchema = JSON.parse(
  readFileSync(join(import.meta.dirname, "../schema/gen-output.schema.json"), "utf8"),
) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: true }).compile(jsonSchema);

interface Report {
  version: number;
  command: string | null;
  ok: boolean;
  exitCode: number;
  dryRun: boolean;
  diagnostics: { code: string; file: string }[];
  files: { path: string; change: string; generator?: string }[];
  error: { code: string; message: string; source?: string } | null;
}

/** Runs `gen ... --json`: stdout is exactly one JSON line valid against the schema, with the process's exit code. */
function json(dir: string, ...args: string[]): Report {
  const result = gen(dir, ...args, "--json");
  const lines = result.stdout.split("\n").filter(Boolean);
  expect(lines, `${args.join(" ")}: ${result.stdout}${result.stderr}`).toHaveLength(1);
  const report = JSON.parse(lines[0] as string) as Report;
  expect(validate(report) ? [] : validate.errors, args.join(" ")).toEqual([]);
  expect(report.exitCode).toBe(result.code);
  return report;
}

describe("--json (the built binary): one versioned object, valid against schema/gen-output.schema.json", {
  timeout: 240_000,
}, () => {
  it("generate, --dry-run, check and validate on a valid schema, then stale, then invalid", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    const dry = json(dir, "--dry-run");
    expect(dry).toMatchObject({ version: 1, command: "generate", ok: true, dryRun: true, error: null });
    expect(dry.files).toContainEqual({ path: "generated/sql/postgresql.sql", change: "create", generator: "sql" });
    const first = json(dir, "generate");
    expect(first.files.filter((f) => f.change === "create").length).toBe(dry.files.length);
    expect(json(dir, "check")).toMatchObject({ command: "check", ok: true, files: [] });
    expect(json(dir, "validate")).toMatchObject({ command: "validate", ok: true, diagnostics: [] });
    write(dir, "prisma/schema.prisma", schema("\nmodel Tag {\n  id Int @id\n}\n"));
    const stale = json(dir, "check");
    expect(stale).toMatchObject({ ok: false, exitCode: 1 });
    expect(stale.files).toContainEqual({ path: "generated/types/models/Tag.ts", change: "create" });
    expect(stale.files).toContainEqual({ path: "generated/sql/postgresql.sql", change: "update" });
    write(dir, "prisma/schema.prisma", "model A {\n  x Strng\n}\n");
    for (const command of ["generate", "check", "validate"]) {
      const invalid = json(dir, command);
      expect(invalid, command).toMatchObject({ command, ok: false, exitCode: 1, error: null });
      expect(invalid.diagnostics.map((d) => d.code).sort(), command).toEqual(["E203", "E206"]);
    }
  });

  it("usage, config and missing-schema errors are JSON too, blamed on their source", () => {
    const dir = project();
    expect(json(dir, "generte")).toMatchObject({ command: null, exitCode: 2, error: { code: "usage" } });
    expect(json(dir, "--onyl", "types").error?.message).toContain("did you mean --only?");
    expect(json(dir, "check", "--only", "tpyes").error).toMatchObject({ code: "usage", source: "--only" });
    expect(json(dir, "validate")).toMatchObject({ exitCode: 2, error: { code: "schema-not-found" } });
    write(dir, "prisma/schema.prisma", schema());
    writeFileSync(join(dir, "cardinal.config.json"), '{ "output": 3 }');
    expect(json(dir, "generate")).toMatchObject({
      exitCode: 2,
      error: { code: "config", source: "cardinal.config.json" },
    });
  });

  it("init reports the files it wrote", () => {
    const dir = project();
    const init = json(dir, "init", "--format", "json");
    expect(init).toMatchObject({ command: "init", ok: true });
    expect(init.files.map((f) => f.path)).toEqual(["prisma/schema.prisma", "cardinal.config.json"]);
  });
});
