import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "./generate.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(schema: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cardinal-api-"));
  dirs.push(dir);
  mkdirSync(join(dir, "prisma"));
  writeFileSync(join(dir, "prisma/schema.prisma"), schema);
  return dir;
}

describe("generate() (programmatic API)", () => {
  it("returns every generator's files in memory and writes nothing", async () => {
    const root = project('datasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id Int @id\n}\n');
    const result = await generate({ root, generators: { types: { layout: "single-file" } } });
    if ("configErrors" in result) throw new Error("unexpected config errors");
    expect(result.valid).toBe(true);
    expect(result.outputs.map((o) => [o.generator, o.files.map((f) => f.path)])).toEqual([
      ["types", ["index.ts"]],
      ["zod", ["common.ts", "models/A.ts", "index.ts"]],
      ["mermaid", ["schema.mmd", "schema.md"]],
      ["sql", ["sqlite.sql"]],
    ]);
    expect(result.outputs[0]?.directory).toBe(join(root, "generated", "types"));
  });

  it("reports config errors as data and schema errors as diagnostics, never by throwing", async () => {
    const root = project("model A {\n  x Strin\n}\n");
    expect(await generate({ root, output: 7 as unknown as string })).toEqual({
      configErrors: [{ path: "output", expected: "a path (string)", received: "number 7" }],
    });
    const invalid = await generate({ root });
    expect(invalid).toMatchObject({ valid: false, outputs: [] });
    expect("diagnostics" in invalid && invalid.diagnostics.map((d) => d.code)).toEqual(["E206", "E203"]);
  });
});
