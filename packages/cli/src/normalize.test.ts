// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the tests hold TypeScript source text with template literals
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

  it("ignores the parentheses a formatter puts around a long returned expression, and only those", () => {
    same(
      "t.ts",
      'function f(d: unknown) {\n  return typeof d === "object" && d !== null;\n}\n',
      'function f(d: unknown) {\n  return (\n    typeof d === "object" &&\n    d !== null\n  );\n}\n',
    );
    same("u.ts", "const f = () => {\n  return (a);\n}\n", "const f = () => {\n  return a\n}\n");
    different("v.ts", "function f() {\n  return (a || b) && c;\n}\n", "function f() {\n  return a || b && c;\n}\n");
  });

  it("ignores the braces of if, else, for and while bodies (dprint adds them to bodies it wraps)", () => {
    same(
      "b.ts",
      'if (a) throw new Error("x");\nelse b();\nfor (const c of d) e(c);\nwhile (f) g();\n',
      'if (a) {\n  throw new Error("x");\n} else {\n  b();\n}\nfor (const c of d) {\n  e(c);\n}\nwhile (f) {\n  g();\n}\n',
    );
    different("c.ts", "if (a) b();\n", "if (a) c();\n");
    different("d.ts", "const o = { a: 1 };\n", "const o = { a: 2 };\n");
  });

  it("ignores quotes around property keys, arrow parentheses, and is not misled by templates or regexes", () => {
    same(
      "e.ts",
      'export const Role = {\n  "READER": "READER",\n};\n',
      "export const Role = {\n  READER: 'READER'\n}\n",
    );
    same("e.ts", "type T = { a?: string; b: number };\n", "type T = {\n  'a'?: string\n  \"b\": number\n}\n");
    same("a.ts", "xs.map((value) => value);\n", "xs.map(value => value)\n");
    same(
      "t.ts",
      'export type D = `${number}`;\nexport const a = "x";\n',
      "export type D = `${number}`\nexport const a = 'x'\n",
    );
    same("r.ts", 'const r = /^"\'`$/;\nconst a = "x";\n', "const r = /^\"'`$/\nconst a = 'x'\n");
  });

  it("still sees every change in names, types, literals and comments", () => {
    different("a.ts", "export type T = string;\n", "export type T = number;\n");
    different("a.ts", 'export const A = "x";\n', 'export const A = "y";\n');
    different("a.ts", "/** Old doc. */\nexport type T = string;\n", "/** New doc. */\nexport type T = string;\n");
    different("a.ts", "export type T = A | B;\n", "export type T = A & B;\n");
    different("e.ts", 'export const Role = { "READER": "READER" };\n', 'export const Role = { "WRITER": "READER" };\n');
    different("e.ts", 'export const R = { "a-b": 1 };\n', "export const R = { ab: 1 };\n");
    different("t.ts", "export type D = `${number}px`;\n", "export type D = `${number}em`;\n");
    different("t.ts", "export type D = `a${`b${C}`}`;\n", "export type D = `a${`b${D}`}`;\n");
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
