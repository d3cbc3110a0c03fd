import { loadCorpus } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";
import { validModel } from "../test-support/schemas.js";

describe("readDocumentationLines() (through parseSchema)", () => {
  it("gives each `///` line of a field its own range, skipping plain comments, with a trailing doc last", () => {
    const model = validModel(
      "/// A post.\nmodel Post {\n  id Int @id\n  /// first\n  // not documentation\n  ///   second  \n  title String /// trailing\n}\n",
    );
    const post = model.models[0];
    const title = post?.fields.find((field) => field.name === "title");
    expect(title?.kind === "scalar" && title.documentationLines).toEqual([
      {
        text: "first",
        location: {
          file: "schema.prisma",
          range: { start: { line: 3, character: 2 }, end: { line: 3, character: 11 } },
        },
      },
      {
        text: "second",
        location: {
          file: "schema.prisma",
          range: { start: { line: 5, character: 2 }, end: { line: 5, character: 14 } },
        },
      },
      {
        text: "trailing",
        location: {
          file: "schema.prisma",
          range: { start: { line: 6, character: 15 }, end: { line: 6, character: 27 } },
        },
      },
    ]);
    expect(post?.documentationLines.map((line) => [line.text, line.location.range.start.line])).toEqual([
      ["A post.", 0],
    ]);
  });

  it("joined, the lines are exactly `documentation` for every model and scalar field of the corpus", () => {
    let documented = 0;
    for (const schema of loadCorpus()) {
      const { model } = parseSchema([{ path: `${schema.name}.prisma`, content: schema.content }]);
      const items = [
        ...model.models,
        ...model.models.flatMap((m) => m.fields),
        ...model.compositeTypes.flatMap((t) => t.fields),
      ];
      for (const item of items) {
        if (!("documentationLines" in item)) continue;
        if (item.documentation !== undefined) documented++;
        expect(
          item.documentationLines.map((line) => line.text).join("\n") || undefined,
          `${schema.name} ${item.name}`,
        ).toBe(item.documentation);
      }
    }
    expect(documented).toBeGreaterThan(2);
  });
});

describe("`/// @renamedFrom` (an instruction to migrations)", () => {
  it("is read into `renamedFrom` and left out of `documentation` (models, fields, enums), kept in the lines", () => {
    const model = validModel(
      [
        "/// @renamedFrom Tag\n/// A label.\nmodel Label {\n  id   Int    @id\n  /// @renamedFrom text\n  body String\n  /// The hue.\n  hue  Hue\n}\n",
        "/// @renamedFrom Colour\nenum Hue {\n  RED\n}\n",
      ].join("\n"),
    );
    const label = model.models[0];
    const body = label?.fields.find((field) => field.name === "body");
    const hue = label?.fields.find((field) => field.name === "hue");
    expect([label?.renamedFrom, label?.documentation]).toEqual(["Tag", "A label."]);
    expect(body?.kind === "scalar" && [body.renamedFrom, body.documentation]).toEqual(["text", undefined]);
    expect(body?.kind === "scalar" && body.documentationLines.map((line) => line.text)).toEqual(["@renamedFrom text"]);
    expect(hue?.kind === "scalar" && [hue.renamedFrom, hue.documentation]).toEqual([undefined, "The hue."]);
    expect([model.enums[0]?.renamedFrom, model.enums[0]?.documentation]).toEqual(["Colour", undefined]);
  });
});
