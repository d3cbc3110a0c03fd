import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { loadValidCorpus, typecheckProject } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { generateTypes } from "./generate-types.js";
import type { TypesOptions } from "./options.js";

const variants: readonly { name: string; options: TypesOptions }[] = [
  { name: "per-model", options: {} },
  { name: "single-file", options: { layout: "single-file" } },
  { name: "json-transport", options: { dateTime: "string", decimal: "number", typePrefix: "Db", typeSuffix: "Row" } },
  { name: "types-only", options: { client: false, layout: "single-file" } },
];

const torture = readFileSync(join(import.meta.dirname, "test-support/torture.prisma"), "utf8");
const example = readFileSync(join(import.meta.dirname, "../../../examples/blog/schema.prisma"), "utf8");
const schemas = [
  ...loadValidCorpus().map((entry) => ({ name: entry.name, content: entry.content })),
  { name: "torture", content: torture },
  { name: "example", content: example },
];

const root = mkdtempSync(join(tmpdir(), "cardinal-types-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes every schema × variant into one project folder; returns the number of files. */
function writeProject(): number {
  let count = 0;
  for (const schema of schemas) {
    const result = parseSchema(schema.content);
    expect(
      result.diagnostics.filter((d) => d.severity === "error"),
      schema.name,
    ).toEqual([]);
    for (const variant of variants) {
      for (const file of generateTypes(result.model, variant.options).files) {
        const path = join(root, "src", schema.name, variant.name, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
        count++;
      }
    }
  }
  return count;
}

/**
 * The per-model layout (the one with imports between files) is compiled under both resolutions; each other
 * variant under one, which keeps the suite's time: single-file output has no imports to resolve.
 */
const onlyUnder: Readonly<Record<"bundler" | "nodenext", readonly string[]>> = {
  bundler: ["per-model", "json-transport"],
  nodenext: ["per-model", "single-file", "types-only"],
};

function tsc(moduleResolution: "bundler" | "nodenext"): string {
  const exclude = variants
    .filter((variant) => !onlyUnder[moduleResolution].includes(variant.name))
    .map((variant) => `src/*/${variant.name}/**`);
  return typecheckProject(root, moduleResolution, { compilerOptions: { skipLibCheck: false }, exclude });
}

describe("generated TypeScript compiles with tsc --strict (and the strictest flags)", () => {
  const files = writeProject();

  it(`${schemas.length} schemas × ${onlyUnder.bundler.length} option sets under moduleResolution: bundler`, () => {
    expect(files).toBeGreaterThan(1000);
    expect(tsc("bundler")).toBe("");
  }, 120_000);

  it(`${schemas.length} schemas × ${onlyUnder.nodenext.length} option sets under moduleResolution: nodenext`, () => {
    expect(tsc("nodenext")).toBe("");
  }, 120_000);

  it("keeps user names and moves generated ones out of their way", () => {
    const index = readFileSync(join(root, "src/torture/single-file/index.ts"), "utf8");
    expect(index).toContain("export interface UserInclude {\n  id: number;");
    expect(index).toContain("export interface UserInclude_ {");
    expect(index).toContain("export interface Client_ {");
    expect(index).toContain("export type JsonValue_ =");
    expect(index).toContain("when: globalThis.Date;");
    expect(index).toContain("Ends the doc comment early? *\\/ No.");
  });
});
