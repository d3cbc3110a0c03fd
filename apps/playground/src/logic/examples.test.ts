import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { exampleById, examples } from "./examples.js";
import { generateAll } from "./generate-code.js";

/** The relation kinds each gallery entry must show, as core classifies them. */
const expectedKinds: Record<string, string[]> = {
  "one-to-one": ["one-to-one"],
  "one-to-one-email": ["one-to-one"],
  "composite-one-to-one": ["one-to-one"],
  "shared-primary-key": ["one-to-one"],
  "optional-one-to-one": ["one-to-one", "one-to-one"],
  "one-to-many": ["one-to-many", "one-to-many"],
  "many-to-many": ["many-to-many"],
  "self-relations": ["many-to-many", "one-to-many", "one-to-one"],
  "several-relations": ["one-to-many", "one-to-many"],
};

describe("the example gallery", () => {
  it("has one entry per seed pattern, with unique ids", () => {
    expect(examples.map((entry) => entry.id).sort()).toEqual(Object.keys(expectedKinds).sort());
  });

  it.each(examples.map((entry) => [entry.id, entry] as const))(
    "%s is valid and has the expected relations",
    (id, entry) => {
      const { model, diagnostics, valid } = parseSchema(entry.schema);
      expect(diagnostics).toEqual([]);
      expect(valid).toBe(true);
      expect(model.relations.map((relation) => relation.kind).sort()).toEqual(expectedKinds[id]);
    },
  );

  it("marks the shared primary key as identifying", () => {
    const { model } = parseSchema(exampleById("shared-primary-key").schema);
    expect(model.relations[0]).toMatchObject({ kind: "one-to-one", foreignKey: { isIdentifying: true } });
  });

  it("falls back to the first example for an unknown id", () => {
    expect(exampleById("nope")).toBe(examples[0]);
  });

  it.each(examples.map((entry) => [entry.id, entry] as const))("%s generates every output", (_id, entry) => {
    const outputs = generateAll(entry.schema);
    expect(outputs.valid).toBe(true);
    expect(outputs.types).toContain("export interface");
    expect(outputs.zod).toContain('from "zod"');
    expect(outputs.mermaid).toMatch(/^erDiagram/m);
    expect(outputs.mermaid).not.toContain("```");
    for (const dialect of ["postgresql", "mysql", "sqlite"] as const)
      expect(outputs.sql[dialect]).toContain("CREATE TABLE");
  });
});
