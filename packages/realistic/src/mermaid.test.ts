import { type ParsedErDiagram, parseMermaidErDiagram } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generators } from "./support/generate.js";
import { parseRealistic, schemaRows } from "./support/schemas.js";

/** Every `.mmd` file of the Mermaid output parsed by Mermaid, entities and relationships put together. */
async function parsedDiagrams(files: readonly { path: string; content: string }[]): Promise<ParsedErDiagram> {
  const diagrams = await Promise.all(
    files.filter((file) => file.path.endsWith(".mmd")).map((file) => parseMermaidErDiagram(file.content)),
  );
  expect(diagrams.length).toBeGreaterThan(0);
  return {
    entities: diagrams.flatMap((diagram) => diagram.entities),
    relationships: diagrams.flatMap((diagram) => diagram.relationships),
  };
}

describe("generateMermaid() output parses with Mermaid's parser, every entity and relation present", () => {
  it.each(schemaRows)("%s", async (_name, schema) => {
    const { model } = parseRealistic(schema);
    const diagram = await parsedDiagrams(generators.mermaid(model).files);
    const entities = new Set(diagram.entities.map((entity) => entity.name));
    const missingEntities = [...model.models, ...model.enums].map((m) => m.name).filter((n) => !entities.has(n));
    expect(missingEntities).toEqual([]);
    const missingRelations = model.relations
      .filter((relation) => {
        const [first, second, label] =
          relation.kind === "many-to-many"
            ? [relation.a.model, relation.b.model, relation.a.field]
            : [relation.foreignKey.referencedModel, relation.foreignKey.holder, relation.referenced.field];
        return !diagram.relationships.some((r) => r.first === first && r.second === second && r.label === label);
      })
      .map((relation) => relation.name);
    expect(missingRelations).toEqual([]);
    expect(model.relations.length).toBeGreaterThan(0);
  });
});
