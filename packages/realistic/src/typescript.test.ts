import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { typecheckProject } from "@cardinal/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generators } from "./support/generate.js";
import { requiredField, sampleRow } from "./support/sample.js";
import { parseRealistic, schemaRows } from "./support/schemas.js";

const require = createRequire(import.meta.url);
const root = mkdtempSync(join(tmpdir(), "cardinal-realistic-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the types and zod output of every schema into one project: one tsc run checks them all. */
function writeProject(): void {
  mkdirSync(join(root, "node_modules"), { recursive: true });
  symlinkSync(dirname(realpathSync(require.resolve("zod/package.json"))), join(root, "node_modules/zod"), "dir");
  for (const [name, schema] of schemaRows) {
    const { model } = parseRealistic(schema);
    for (const kind of ["types", "zod"] as const) {
      for (const file of generators[kind](model).files) {
        const path = join(root, "src", name, kind, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
      }
    }
  }
}

let tscOutput = "";
beforeAll(() => {
  writeProject();
  tscOutput = typecheckProject(root, "nodenext", { compilerOptions: { skipLibCheck: true } });
}, 180_000);

describe("types and zod output type-check with tsc (strictest flags, one project for all schemas)", () => {
  it.each(schemaRows)("%s", (name) => {
    const errors = tscOutput.split("\n").filter((line) => line.startsWith(`src/${name}/`));
    expect(errors.slice(0, 10)).toEqual([]);
  });
  it("tsc reports nothing outside the schemas' folders", () => {
    expect(tscOutput.split("\n").filter((line) => /error TS/.test(line) && !line.startsWith("src/"))).toEqual([]);
  });
});

type ZodLike = { safeParse(value: unknown): { success: boolean; error?: { issues: unknown[] } } };

describe("the zod module imports and each model's schema parses a sample row", () => {
  it.each(schemaRows)("%s", async (name, schema) => {
    const { model } = parseRealistic(schema);
    const module = (await import(pathToFileURL(join(root, "src", name, "zod", "index.ts")).href)) as Record<
      string,
      ZodLike
    >;
    for (const entity of model.models) {
      const zodSchema = module[`${entity.name}Schema`];
      expect(zodSchema, `${entity.name}Schema is exported`).toBeDefined();
      if (!zodSchema) continue;
      const row = sampleRow(entity, model);
      const parsed = zodSchema.safeParse(row);
      expect(parsed.error?.issues ?? [], `${entity.name}Schema parses ${JSON.stringify(row, replacer)}`).toEqual([]);
      const missing = requiredField(entity);
      if (missing) {
        const { [missing]: _removed, ...rest } = row;
        expect(zodSchema.safeParse(rest).success, `${entity.name}Schema without ${missing}`).toBe(false);
      }
    }
  });
});

function replacer(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? `${value}n` : value;
}
