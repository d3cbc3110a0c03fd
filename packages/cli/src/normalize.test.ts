import { describe, expect, it } from "vitest";
import { normalizeForComparison } from "./normalize.js";

const same = (path: string, a: string, b: string) =>
  expect(normalizeForComparison(path, a)).toBe(normalizeForComparison(path, b));
const different = (path: string, a: string, b: string) =>
  expect(normalizeForComparison(path, a)).not.toBe(normalizeForComparison(path, b));

describe("normalizeForComparison()", () => {
  it("ignores what TypeScript formatters change: whitespace, quotes, separators, leading bars, import order", () => {
    same(
      "a.ts",
      'import type { B, A } from "./x.js";\nimport { C } from "./c.js";\nexport type T = string | number;\n',
      "import { C } from './c.js'\nimport type { A, B } from './x.js'\n\nexport type T =\n\t| string\n\t| number\n",
    );
    same(
      "i.ts",
      'export * from "./b.js";\nexport * from "./a.js";\n',
      'export * from "./a.js";\nexport * from "./b.js";\n',
    );
    same(
      "o.ts",
      "export interface A {\n  a: string;\n  b: number;\n}\n",
      "export interface A { a: string, b: number, }\n",
    );
  });

  it("still sees every change in names, types, literals and comments", () => {
    different("a.ts", "export type T = string;\n", "export type T = number;\n");
    different("a.ts", 'export const A = "x";\n', 'export const A = "y";\n');
    different("a.ts", "/** Old doc. */\nexport type T = string;\n", "/** New doc. */\nexport type T = string;\n");
    different("a.ts", "export type T = A | B;\n", "export type T = A & B;\n");
  });

  it("folds whitespace and table padding elsewhere, but not content", () => {
    same("a.md", "| a | b |\n| --- | --- |\n| 1 | 2 |\n", "| a   | b   |\n| --- | --- |\n| 1   | 2   |\n");
    same(
      "a.sql",
      'CREATE TABLE "A" (\n    "id" INTEGER NOT NULL\n);\n',
      'CREATE TABLE "A" (\n  "id" INTEGER NOT NULL\n);\n\n',
    );
    different("a.sql", 'CREATE TABLE "A" ("id" INTEGER);', 'CREATE TABLE "A" ("id" BIGINT);');
    same("a.json", '{"a":1}', '{\n  "a": 1\n}\n');
  });
});
