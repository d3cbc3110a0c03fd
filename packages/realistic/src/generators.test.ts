import { realisticIsBundled } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { diagnosticLines, generatorNames, generators } from "./support/generate.js";
import { parseRealistic, realisticSchemas } from "./support/schemas.js";

const rows = realisticSchemas.flatMap((schema) =>
  generatorNames
    // SQL is skipped on MongoDB (no tables) and SQL Server (no dialect yet), as `gen` skips it.
    .filter((generator) => !(generator === "sql" && (schema.provider === "mongodb" || schema.provider === "sqlserver")))
    .map((generator) => [schema.name, generator, schema] as const),
);

describe("every generator runs on every realistic schema without an error diagnostic", () => {
  it.each(rows)("%s: %s", (_name, generator, schema) => {
    const result = generators[generator](parseRealistic(schema).model);
    expect(diagnosticLines(result.diagnostics.filter((d) => d.severity === "error"))).toEqual([]);
    expect(result.files.length).toBeGreaterThan(0);
    for (const file of result.files) expect(file.content.length, file.path).toBeGreaterThan(0);
  });
});

describe("generateSql() refuses MongoDB cleanly", () => {
  const mongo = realisticSchemas.filter((schema) => schema.provider === "mongodb");
  it.runIf(realisticIsBundled)("has a MongoDB schema to check", () => expect(mongo.length).toBeGreaterThan(0));
  it.each(mongo.map((schema) => [schema.name, schema] as const))(
    "%s: no file, one E503 error naming MongoDB",
    (_name, schema) => {
      const result = generators.sql(parseRealistic(schema).model);
      expect(result.files).toEqual([]);
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ code: "E503", severity: "error", message: expect.stringContaining("MongoDB") }),
      ]);
    },
  );
});
