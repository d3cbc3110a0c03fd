import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileNameKey, parseSchema } from "@cardinal/core";
import { hostileMongoSchema, hostileSchema, typecheckProject } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { generateZod } from "./generate-zod.js";
import type { ZodOptions } from "./options.js";
import { importGenerated } from "./test-support/import-generated.js";

const root = mkdtempSync(join(tmpdir(), "cardinal-zod-hostile-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const schemas = [
  { name: "relational", text: hostileSchema("postgresql") },
  { name: "mongodb", text: hostileMongoSchema() },
];
const variants: readonly { name: string; options: ZodOptions }[] = [
  { name: "per-model", options: {} },
  { name: "single-file", options: { layout: "single-file", naming: { suffix: "" } } },
];
const results = schemas.flatMap((schema) =>
  variants.map((variant) => ({
    ...variant,
    schema: schema.name,
    result: generateZod(parseSchema(schema.text).model, variant.options),
  })),
);

describe("generateZod() on the hostile schema", () => {
  it("no diagnostics; file names distinct under case folding and normalization, at most 160 bytes", () => {
    for (const { result } of results) {
      expect(result.diagnostics).toEqual([]);
      const paths = result.files.map((file) => file.path);
      expect(new Set(paths.map(fileNameKey)).size).toBe(paths.length);
      for (const path of paths) expect(new TextEncoder().encode(path.split("/").at(-1)).length).toBeLessThan(160);
    }
  });

  it("the output compiles with tsc --strict against the real zod", () => {
    mkdirSync(join(root, "node_modules"), { recursive: true });
    const zod = dirname(realpathSync(createRequire(import.meta.url).resolve("zod/package.json")));
    symlinkSync(zod, join(root, "node_modules/zod"), "dir");
    for (const { schema, name, result } of results)
      for (const file of result.files) {
        const path = join(root, "src", schema, name, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
      }
    expect(typecheckProject(root, "nodenext", { compilerOptions: { skipLibCheck: true } })).toBe("");
  }, 180_000);

  it.each(results.map((entry) => [`${entry.schema} ${entry.name}`, entry]))(
    "%s: a fresh Node process imports it; no global set, Object.prototype untouched",
    (_label, { result }) => {
      const report = importGenerated(result.files);
      expect(report.addedGlobals).toEqual([]);
      expect(report.addedPrototypeKeys).toEqual([]);
      expect(report.exports.length).toBeGreaterThan(50);
    },
    60_000,
  );
});
