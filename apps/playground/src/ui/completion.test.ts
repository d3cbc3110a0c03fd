import { CompletionContext } from "@codemirror/autocomplete";
import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { declaredNames, prismaCompletion } from "./completion.js";

const schema = "model User {\n  id Int @id\n  posts Po\n}\n\nmodel Post {\n  id Int @\n}\n\nenum Role {\n  A\n}\n";

function labelsAt(marker: string, offset = marker.length) {
  const pos = schema.indexOf(marker) + offset;
  const result = prismaCompletion(new CompletionContext(EditorState.create({ doc: schema }), pos, true));
  return result?.options.map((option) => option.label) ?? [];
}

describe("prismaCompletion()", () => {
  it("offers scalar types and the schema's own models and enums after a field name", () => {
    const labels = labelsAt("posts Po");
    expect(labels).toEqual(expect.arrayContaining(["String", "DateTime", "User", "Post", "Role"]));
  });

  it("offers field attributes after @ and block keywords at the start of a line", () => {
    expect(labelsAt("id Int @\n", "id Int @".length)).toEqual(
      expect.arrayContaining(["@id", "@default()", "@relation()"]),
    );
    expect(labelsAt("model Post", 2)).toEqual(expect.arrayContaining(["model", "enum"]));
  });

  it("`declaredNames()` lists models, enums and types in order", () => {
    expect(declaredNames(schema)).toEqual(["User", "Post", "Role"]);
  });
});
