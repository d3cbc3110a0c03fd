import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileNameKey, parseSchema } from "@cardinal/core";
import { hostileMongoSchema, hostileSchema, hostileTypeNames, typecheckProject } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { generateTypes } from "./generate-types.js";
import type { TypesOptions } from "./options.js";

const root = mkdtempSync(join(tmpdir(), "cardinal-types-hostile-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const schemas = [
  { name: "relational", text: hostileSchema("postgresql") },
  { name: "mongodb", text: hostileMongoSchema() },
];
const variants: readonly { name: string; options: TypesOptions }[] = [
  { name: "per-model", options: {} },
  { name: "single-file", options: { layout: "single-file", typeSuffix: "" } },
];

describe("generateTypes() on the hostile schema", () => {
  const written: string[] = [];
  for (const schema of schemas) {
    const parsed = parseSchema(schema.text);
    for (const variant of variants) {
      const { files } = generateTypes(parsed.model, variant.options);
      for (const file of files) {
        const path = join(root, "src", schema.name, variant.name, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
        written.push(file.path);
      }
    }
  }

  it("every model, enum and composite type named like a TypeScript keyword or global is valid for core", () => {
    for (const schema of schemas) expect(parseSchema(schema.text).diagnostics).toEqual([]);
    expect(hostileTypeNames).toEqual(expect.arrayContaining(["any", "never", "number", "string", "undefined"]));
  });

  it("file names are distinct under case folding and normalization, and at most 160 bytes", () => {
    for (const schema of schemas) {
      const paths = generateTypes(parseSchema(schema.text).model).files.map((file) => file.path);
      expect(new Set(paths.map(fileNameKey)).size).toBe(paths.length);
      for (const path of paths) expect(new TextEncoder().encode(path.split("/").at(-1)).length).toBeLessThan(160);
    }
  });

  it("the output compiles with tsc --strict (and the strictest flags)", () => {
    expect(written.length).toBeGreaterThan(90);
    expect(typecheckProject(root, "nodenext")).toBe("");
  }, 180_000);
});
