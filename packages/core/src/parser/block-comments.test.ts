import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";

const codesOf = (schema: string) => parseSchema(schema).diagnostics.map((d) => d.code);

describe("parseSchemaFile() on block comments", () => {
  it("`parseSchemaFile()` skips block comments between and inside blocks, also spanning lines", () => {
    const schema = "/* a\n b */ model A {\n  /* } */ id Int @id\n  /*\n}\n  */\n  x Int\n} /* c */\n";
    const result = parseSchema(schema);
    expect(result.diagnostics).toEqual([]);
    expect(result.model.models[0]?.fields.map((field) => field.name)).toEqual(["id", "x"]);
  });

  it("`parseSchemaFile()` takes one trailing block comment, which may span lines", () => {
    expect(codesOf("model A {\n  id Int @id /* a\n  } */\n  x Int/* b */\n}\n")).toEqual([]);
    expect(codesOf("model A {\n  id Int @id /* a */ // b\n}\n")).toContain("E104");
    expect(codesOf("model A {\n  id Int @id /* a */ x\n}\n")).toContain("E104");
  });

  it("`parseSchemaFile()` rejects a block comment inside a field and one that never closes", () => {
    expect(codesOf("model A {\n  id Int /* a */ @id\n}\n")).toContain("E104");
    expect(codesOf("model A {\n  id Int @id\n}\n/* open\n")).toEqual(["E101"]);
    expect(parseSchema("model A {\n  id Int @id\n  /* open\n  x Int\n}\n").diagnostics[0]).toMatchObject({
      code: "E104",
      range: { start: { line: 2 } },
    });
  });

  it("`parseSchemaFile()` reads the line after a multi-line trailing comment as a line of its own", () => {
    const result = parseSchema("model A {\n  id Int @id /* a\n */\n  x Int\n}\n");
    expect(result.model.models[0]?.fields.map((field) => field.name)).toEqual(["id", "x"]);
  });
});
