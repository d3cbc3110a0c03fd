import { realisticIsBundled, unionVerdict } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { errorLines, parseRealistic, realisticSchemas, schemaRows } from "./support/schemas.js";

describe("the realistic schemas", () => {
  it.runIf(realisticIsBundled)(
    "are at least eight, of 30+ models each, over PostgreSQL, MySQL, SQLite and MongoDB",
    () => {
      expect(realisticSchemas.length).toBeGreaterThanOrEqual(8);
      for (const schema of realisticSchemas) {
        const models = schema.files.flatMap((file) => file.content.match(/^model \w+/gm) ?? []);
        expect(models.length, schema.name).toBeGreaterThanOrEqual(30);
      }
      const providers = realisticSchemas.map((schema) => schema.provider);
      expect(providers.filter((provider) => provider === "postgresql").length).toBeGreaterThanOrEqual(3);
      expect(providers.filter((provider) => provider === "mysql").length).toBeGreaterThanOrEqual(2);
      expect(providers).toContain("sqlite");
      expect(providers).toContain("mongodb");
      expect(realisticSchemas.filter((schema) => schema.files.length > 1).length).toBeGreaterThanOrEqual(2);
    },
  );
});

describe("unionVerdict(): Prisma accepts every realistic schema under the union rule", () => {
  it.each(schemaRows)("%s", (_name, schema) => {
    const verdict = unionVerdict(schema.files.map((file) => [file.path, file.content] as const));
    const errors = { v6: verdict.v6.errors.map((e) => e.text), v7: verdict.v7.errors.map((e) => e.text) };
    expect({ valid: verdict.valid, ...errors }).toMatchObject({ valid: true });
  });
});

describe("parseSchema() accepts every realistic schema with no error", () => {
  it.each(schemaRows)("%s", (_name, schema) => {
    const result = parseRealistic(schema);
    expect(errorLines(result)).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe("parseSchema() reads every model and enum Prisma declares", () => {
  it.each(schemaRows)("%s", (_name, schema) => {
    const { model } = parseRealistic(schema);
    const text = schema.files.map((file) => file.content).join("\n");
    const declared = (keyword: string) => [...text.matchAll(new RegExp(`^${keyword} (\\w+)`, "gm"))].map((m) => m[1]);
    expect(model.models.map((m) => m.name).sort()).toEqual([...declared("model"), ...declared("view")].sort());
    expect(model.enums.map((e) => e.name).sort()).toEqual(declared("enum").sort());
    expect(model.compositeTypes.map((t) => t.name).sort()).toEqual(declared("type").sort());
  });
});
