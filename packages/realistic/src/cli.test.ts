import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { realisticDirectory } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { type realisticSchemas, schemaRows } from "./support/schemas.js";

// The built `gen` of @cardinal/cli, run as a user runs it: in a project whose schema sits where Prisma looks
// (`prisma/schema.prisma`, or the `prisma/schema/` folder for multi-file schemas), with default settings.
const bin = join(dirname(createRequire(import.meta.url).resolve("@cardinal/cli/package.json")), "dist/bin.js");
const root = mkdtempSync(join(tmpdir(), "cardinal-realistic-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(schema: (typeof realisticSchemas)[number]): string {
  const dir = join(root, schema.name);
  const source = join(realisticDirectory, schema.name);
  if (schema.files.length > 1) cpSync(source, join(dir, "prisma/schema"), { recursive: true });
  else {
    mkdirSync(join(dir, "prisma"), { recursive: true });
    cpSync(join(source, (schema.files[0] as { path: string }).path), join(dir, "prisma/schema.prisma"));
  }
  return dir;
}

function gen(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("gen on the realistic schemas (built binary, default settings)", { timeout: 180_000 }, () => {
  it.each(schemaRows)("%s: validate, generate and check exit 0", (_name, schema) => {
    const dir = project(schema);
    const validate = gen(dir, "validate", "--format", "json");
    expect(validate, validate.stdout + validate.stderr).toMatchObject({ code: 0 });
    // The `--json` shape, version 1 (packages/cli/schema/gen-output.schema.json).
    const report = JSON.parse(validate.stdout) as { version: number; ok: boolean; diagnostics: { severity: string }[] };
    expect(report).toMatchObject({ version: 1, ok: true });
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);

    const generate = gen(dir);
    expect(generate, generate.stdout + generate.stderr).toMatchObject({ code: 0 });
    const written = readdirSync(join(dir, "generated")).sort();
    const withoutSql = schema.provider === "mongodb" || schema.provider === "sqlserver";
    const expected = withoutSql ? ["mermaid", "types", "zod"] : ["mermaid", "sql", "types", "zod"];
    expect(written.filter((entry) => !entry.startsWith("."))).toEqual(expected);
    if (schema.provider === "mongodb") expect(generate.stdout + generate.stderr).toMatch(/SQL.*MongoDB|MongoDB.*SQL/i);

    const check = gen(dir, "check");
    expect(check, check.stdout + check.stderr).toMatchObject({ code: 0 });
  });
});
