import { describe, expect, it } from "vitest";
import { formatDiagnostics } from "./diagnostics/format-diagnostics.js";
import { type ParseResult, parseSchema } from "./parse-schema.js";

/** Every name on `Object.prototype`: user text equal to one of them must never reach an inherited property. */
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
const providers = ["postgresql", "mysql", "sqlite", "sqlserver", "mongodb", "cockroachdb"] as const;

const datasource = (provider: string) => `datasource db {\n  provider = "${provider}"\n}\n`;
const model = (body: string) => `model A {\n  id Int @id\n${body}\n}\n`;

/** Schemas with the key `k` in every place where user text names something: (key, provider) → schema. */
const positions: Readonly<Record<string, (k: string, p: string) => string>> = {
  "native type": (k, p) => `${datasource(p)}model A {\n  id String @id @db.${k}\n}\n`,
  "native type with arguments": (k, p) => `${datasource(p)}model A {\n  id String @id @db.${k}(1, 2)\n}\n`,
  "block attribute": (k, p) => datasource(p) + model(`  @@${k}([id])`),
  "field attribute": (k, p) => datasource(p) + model(`  x Int @${k} @${k}.${k}`),
  "default function": (k, p) =>
    `${datasource(p)}model A {\n  id Int @id @default(${k}())\n  s String @default(${k}(${k}: 1))\n  d DateTime @default(${k})\n}\n`,
  provider: (k) => datasource(k) + model(""),
  "preview feature": (k, p) =>
    `${datasource(p)}generator c {\n  provider = "x"\n  previewFeatures = ["${k}"]\n}\n${model("")}`,
  "config property": (k, p) =>
    `datasource db {\n  provider = "${p}"\n  ${k} = "x"\n}\ngenerator c {\n  ${k} = "x"\n}\n`,
  "declaration names": (k, p) =>
    `${datasource(p)}model ${k} {\n  ${k} Int @id\n  e ${k}E\n  t ${k}T\n  u ${k}\n}\nenum ${k}E {\n  ${k}\n}\ntype ${k}T {\n  ${k} Int\n}\n`,
  "field type": (k, p) => datasource(p) + model(`  x ${k}\n  y ${k}[]\n  z Unsupported("${k}")`),
  "index arguments": (k, p) =>
    datasource(p) +
    model(
      `  s String\n  @@index([s(ops: ${k}, ${k}: 1)], type: ${k}, ${k}: 1)\n  @@index([s(ops: ${k})], type: Brin)\n  @@index([s(ops: ${k})], type: Gin)\n  @@unique([s], ${k}: 1)\n  @@fulltext([s], ${k}: 1)`,
    ),
  "relation arguments": (k, p) =>
    datasource(p) +
    model(
      `  b A? @relation("${k}", fields: [${k}], references: [${k}], onDelete: ${k}, onUpdate: ${k}, map: "${k}", ${k}: 1)\n  c A[] @relation("${k}")`,
    ),
  "datasource lists": (k, p) =>
    `datasource db {\n  provider = "${p}"\n  extensions = [${k}, ${k}(map: "${k}", ${k}: "1")]\n  schemas = ["${k}"]\n  relationMode = "${k}"\n}\ngenerator c {\n  provider = "x"\n  previewFeatures = ["multiSchema", "postgresqlExtensions"]\n}\n${model(`  @@schema("${k}")\n  @@map("${k}")`)}`,
  "composite type attributes and field types": (k, p) =>
    `${datasource(p)}type T {\n  a ${k} @${k}\n  b String\n  @@${k}([b])\n}\n${model("  t T")}`,
  "partial index conditions": (k, p) =>
    `${datasource(p)}generator c {\n  provider = "x"\n  previewFeatures = ["partialIndexes"]\n}\n${model(`  s String\n  e ${k}\n  @@index([s], where: { ${k}: 1, s: { ${k}: 1 } })\n  @@unique([s], where: raw("${k}"))`)}`,
  "zod annotations": (k) => `model A {\n  /// @zod.${k}()\n  id Int @id\n  /// @zod.string.${k}(${k})\n  s String\n}\n`,
};

/** Parses and formats the diagnostics (as the CLI prints them); a throw, or a message that is not text, is returned. */
function parseOrThrowMessage(text: string): ParseResult | string {
  try {
    const result = parseSchema(text);
    const odd = result.diagnostics.find((diagnostic) => typeof diagnostic.message !== "string");
    if (odd) return `${odd.code} has a message of type ${typeof odd.message}`;
    formatDiagnostics(result.diagnostics, { sources: { "schema.prisma": text } });
    return result;
  } catch (error) {
    return String(error);
  }
}

describe("parseSchema() with Object.prototype names", () => {
  for (const [position, build] of Object.entries(positions)) {
    it(`never throws with prototype keys in: ${position} (every provider)`, () => {
      const thrown: string[] = [];
      for (const key of prototypeKeys) {
        for (const provider of providers) {
          const result = parseOrThrowMessage(build(key, provider));
          if (typeof result === "string") thrown.push(`${key} on ${provider}: ${result}`);
        }
      }
      expect(thrown).toEqual([]);
    });
  }

  it("reports prototype keys as unknown names, like any other unknown name", () => {
    const codes = (text: string) => parseSchema(text).diagnostics.map((d) => d.code);
    for (const key of prototypeKeys) {
      expect(codes(datasource(key) + model(""))).toContain("E211");
      const preview = `${datasource("sqlite")}generator c {\n  provider = "x"\n  previewFeatures = ["${key}"]\n}\n`;
      expect(codes(preview)).toContain("E211");
      // `__proto__` and the other `__` names are not identifiers: those lines are syntax errors (E104).
      if (key.startsWith("_")) continue;
      expect(codes(`${datasource("postgresql")}model A {\n  id String @id @db.${key}\n}\n`)).toContain("E501");
      expect(codes(datasource("postgresql") + model(`  @@${key}([id])`))).toContain("E301");
      expect(codes(`${datasource("sqlite")}model A {\n  id Int @id @default(${key}())\n}\n`)).toContain("E304");
    }
  });
});
