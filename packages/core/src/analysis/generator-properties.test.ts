import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";

describe("readGeneratorProperties()", () => {
  it("`readGeneratorProperties()` keeps every key with its text, lists as lists, env() without a value", () => {
    const schema = [
      "generator cardinal {",
      '  provider     = "cardinal-generator"',
      '  sql_dialects = ["postgresql", "sqlite"]',
      "  maxCharacters = 5000",
      "  comments     = false",
      '  secret       = env("SECRET")',
      "}",
    ].join("\n");
    const generator = parseSchema(schema).model.generators[0];
    expect(generator?.properties.map((p) => [p.key, p.value])).toEqual([
      ["provider", "cardinal-generator"],
      ["sql_dialects", ["postgresql", "sqlite"]],
      ["maxCharacters", "5000"],
      ["comments", "false"],
      ["secret", undefined],
    ]);
    expect(generator?.properties[1]?.location).toEqual({
      file: "schema.prisma",
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 41 } },
    });
    expect(generator?.location.range.start).toEqual({ line: 0, character: 10 });
  });
});
