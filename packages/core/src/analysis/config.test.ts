import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";

const codesOf = (schema: string) => parseSchema(schema).diagnostics.map((d) => d.code);
const datasource = (lines: string) => `datasource db {\n${lines}\n}\n`;
const generator = (lines: string) => `generator client {\n  provider = "prisma-client-js"\n${lines}\n}\n`;

describe("analyzeConfigs() on the datasource", () => {
  it('`analyzeConfigs()` accepts connection URLs as a string or env("VAR"), and nothing else', () => {
    const urls = '  url = env("A")\n  directUrl = "postgresql://x"\n  shadowDatabaseUrl = env("B")';
    expect(codesOf(datasource(`  provider = "postgresql"\n${urls}`))).toEqual([]);
    expect(codesOf(datasource('  provider = "postgresql"\n  url = 5'))).toEqual(["E211"]);
    expect(codesOf(datasource('  provider = "postgresql"\n  url = env()'))).toEqual(["E211"]);
    expect(codesOf(datasource('  provider = "postgresql"\n  url = env(A)'))).toEqual(["E211"]);
  });

  it('`analyzeConfigs()` reads env(name: "VAR") with a W002 warning, and rejects env(name: ) (E211)', () => {
    const named = parseSchema(datasource('  provider = "mysql"\n  url = env(named: "A")'));
    expect(named.diagnostics.map((d) => [d.code, d.severity])).toEqual([["W002", "warning"]]);
    expect(codesOf(datasource('  provider = "mysql"\n  url = env(named: )'))).toEqual(["E211"]);
    expect(codesOf(generator('  custom = env(named: "A")'))).toEqual(["W002"]);
  });

  it('`analyzeConfigs()` reads provider "postgres" as postgresql', () => {
    const { model, valid } = parseSchema(datasource('  provider = "postgres"'));
    expect(valid).toBe(true);
    expect(model.datasource?.provider).toBe("postgresql");
  });

  it("`analyzeConfigs()` reads referentialIntegrity as relationMode, with a W003 warning", () => {
    const result = parseSchema(datasource('  provider = "mysql"\n  referentialIntegrity = "prisma"'));
    expect(result.model.datasource?.relationMode).toBe("prisma");
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([["W003", "warning"]]);
    const both = datasource('  provider = "mysql"\n  referentialIntegrity = "prisma"\n  relationMode = "prisma"');
    expect(codesOf(both)).toContain("E211");
  });
});

describe("analyzeConfigs() on generators", () => {
  it("`analyzeConfigs()` warns (W003) about each deprecated preview feature and keeps current ones", () => {
    const result = parseSchema(generator('  previewFeatures = ["driverAdapters", "VIEWS", "tracing"]'));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["W003", "W003"]);
    expect(result.model.generators[0]?.previewFeatures).toEqual(["driverAdapters", "views", "tracing"]);
  });

  it("`analyzeConfigs()` allows fullTextSearchPostgres on PostgreSQL only", () => {
    const features = generator('  previewFeatures = ["fullTextSearchPostgres"]');
    expect(codesOf(datasource('  provider = "postgresql"') + features)).toEqual([]);
    expect(codesOf(datasource('  provider = "mysql"') + features)).toEqual(["E211"]);
    expect(codesOf(features)).toEqual(["E211"]);
  });

  it("`analyzeConfigs()` rejects preview features of two different Prisma versions together (E220)", () => {
    expect(codesOf(generator('  previewFeatures = ["metrics", "partialIndexes"]')).sort()).toEqual(["E220", "W003"]);
    expect(codesOf(generator('  previewFeatures = ["partialIndexes"]'))).toEqual([]);
  });

  it("`analyzeConfigs()` takes env() in string properties and any value in free-form keys", () => {
    const free = '  output = env("OUT")\n  binaryTargets = ["native", env("T")]\n  custom = [[1], foo]';
    expect(codesOf(generator(free))).toEqual([]);
    expect(codesOf(generator("  output = 5"))).toEqual(["E211"]);
    expect(codesOf(generator('  custom = [env("A", "B")]'))).toEqual(["E211"]);
    expect(codesOf(generator('  previewFeatures = [env("A")]'))).toEqual(["E211"]);
  });
});
