import { createModelIndex, parseSchema, type Relation, type SchemaModel } from "@cardinal/core";
import { type Cardinality, loadValidCorpus, type ParsedErDiagram, parseMermaidErDiagram } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateMermaid } from "./generate-mermaid.js";
import type { MermaidOptions } from "./options.js";

/** What the diagram must say about a relation, derived here from the model, independently of the generator. */
function expectedLine(relation: Relation): {
  first: string;
  second: string;
  atFirst: Cardinality;
  atSecond: Cardinality;
  identifying: boolean;
  label: string;
} {
  if (relation.kind === "many-to-many") {
    return {
      first: relation.a.model,
      second: relation.b.model,
      atFirst: "ZERO_OR_MORE",
      atSecond: "ZERO_OR_MORE",
      identifying: true,
      label: relation.a.field,
    };
  }
  const { foreignKey } = relation;
  return {
    first: foreignKey.referencedModel,
    second: foreignKey.holder,
    atFirst: foreignKey.isOptional ? "ZERO_OR_ONE" : "ONLY_ONE",
    atSecond: relation.kind === "one-to-one" ? "ZERO_OR_ONE" : "ZERO_OR_MORE",
    identifying: foreignKey.isIdentifying,
    label: relation.referenced.field,
  };
}

function expectedKeys(schema: SchemaModel, modelName: string, field: string): string[] {
  const model = createModelIndex(schema).model(modelName);
  const keys: string[] = [];
  if (model?.primaryKey?.fields.some((f) => f.name === field)) keys.push("PK");
  const holdsReference = (r: Relation) =>
    r.kind === "many-to-many"
      ? r.storage.kind === "id-lists" &&
        [r.storage.a, r.storage.b].some((list) => list.holder === modelName && list.field === field)
      : r.foreignKey.holder === modelName && r.foreignKey.fields.includes(field);
  if (schema.relations.some(holdsReference)) keys.push("FK");
  if (model?.uniques.some((u) => u.fields.length === 1 && u.fields[0]?.name === field)) keys.push("UK");
  return keys;
}

/** Every field embedding a composite type, in models and composite types, as [owner, field, type, cardinality]. */
function embeddings(schema: SchemaModel): [string, string, string, Cardinality][] {
  const owners = [...schema.models, ...schema.compositeTypes];
  return owners.flatMap((owner) =>
    owner.fields.flatMap((field): [string, string, string, Cardinality][] =>
      field.kind === "scalar" && field.type.kind === "composite"
        ? [
            [
              owner.name,
              field.name,
              field.type.name,
              field.isList ? "ZERO_OR_MORE" : field.isOptional ? "ZERO_OR_ONE" : "ONLY_ONE",
            ],
          ]
        : [],
    ),
  );
}

async function diagramOf(schema: SchemaModel, options: MermaidOptions = {}): Promise<ParsedErDiagram> {
  const files = generateMermaid(schema, options).files.filter((file) => file.path.endsWith(".mmd"));
  expect(files).toHaveLength(1);
  return parseMermaidErDiagram(files[0]?.content ?? "");
}

const corpus = loadValidCorpus().map((entry) => [entry.name, parseSchema(entry.content).model] as const);

describe("generateMermaid() parsed by Mermaid's own parser", () => {
  it.each(corpus)("%s: one line per relation with the right cardinalities and line type", async (_name, schema) => {
    const diagram = await diagramOf(schema);
    for (const relation of schema.relations) {
      const expected = expectedLine(relation);
      const matching = diagram.relationships.filter(
        (r) => r.first === expected.first && r.second === expected.second && r.label === expected.label,
      );
      expect(matching, `${relation.kind} ${relation.name}`).toEqual([
        {
          first: expected.first,
          second: expected.second,
          cardinalityAtFirst: expected.atFirst,
          cardinalityAtSecond: expected.atSecond,
          identifying: expected.identifying,
          label: expected.label,
        },
      ]);
    }
    expect(diagram.relationships).toHaveLength(schema.relations.length + embeddings(schema).length);
  });

  it.each(corpus.filter(([, schema]) => schema.compositeTypes.length > 0))(
    "%s: each embedded composite type is a solid line from its owner",
    async (_name, schema) => {
      const diagram = await diagramOf(schema);
      for (const [owner, field, type, cardinality] of embeddings(schema)) {
        const lines = diagram.relationships.filter((r) => r.first === owner && r.label === field);
        expect(lines, `${owner}.${field}`).toEqual([
          {
            first: owner,
            second: type,
            cardinalityAtFirst: "ONLY_ONE",
            cardinalityAtSecond: cardinality,
            identifying: true,
            label: field,
          },
        ]);
      }
      const attributesOnly = await diagramOf(schema, { compositeTypes: "attributes" });
      expect(attributesOnly.relationships).toHaveLength(schema.relations.length);
    },
  );

  it.each(corpus)("%s: one entity per model and every attribute with all its keys", async (_name, schema) => {
    const diagram = await diagramOf(schema);
    // The whole schema is drawn: every enum and composite type too, one that no field uses included.
    const enums = schema.enums.map((item) => item.name);
    const composites = schema.compositeTypes.map((type) => type.name);
    expect(diagram.entities.map((e) => e.name).sort()).toEqual(
      [...schema.models.map((m) => m.name), ...enums, ...composites].sort(),
    );
    for (const model of schema.models) {
      const entity = diagram.entities.find((e) => e.name === model.name);
      const scalars = model.fields.filter((f) => f.kind === "scalar");
      expect(entity?.attributes.map((a) => a.name)).toEqual(scalars.map((f) => f.name));
      for (const field of scalars) {
        expect(entity?.attributes.find((a) => a.name === field.name)?.keys, `${model.name}.${field.name}`).toEqual(
          expectedKeys(schema, model.name, field.name),
        );
      }
    }
  });

  it.each(corpus.filter(([, schema]) => schema.relations.some((r) => r.kind === "many-to-many")))(
    "%s: with join tables drawn, each m-n is a join entity with two identifying one-to-many lines",
    async (_name, schema) => {
      const diagram = await diagramOf(schema, { manyToMany: "join-table" });
      for (const relation of schema.relations) {
        if (relation.kind !== "many-to-many") continue;
        if (relation.storage.kind === "id-lists") {
          // MongoDB's id lists have no join table: still one m-n line.
          const line = diagram.relationships.filter(
            (r) => r.label === relation.a.field && r.first === relation.a.model,
          );
          expect(line.map((l) => [l.cardinalityAtFirst, l.cardinalityAtSecond])).toEqual([
            ["ZERO_OR_MORE", "ZERO_OR_MORE"],
          ]);
          continue;
        }
        const table = relation.storage;
        const join = diagram.entities.find((e) => e.name === table.name);
        expect(join?.attributes.map((a) => [a.name, a.keys])).toEqual([
          ["A", ["PK", "FK"]],
          ["B", ["PK", "FK"]],
        ]);
        const lines = diagram.relationships.filter((r) => r.second === table.name);
        expect(
          lines.map((l) => [l.first, l.cardinalityAtFirst, l.cardinalityAtSecond, l.identifying, l.label]),
        ).toEqual([
          [table.a.model, "ONLY_ONE", "ZERO_OR_MORE", true, "A"],
          [table.b.model, "ONLY_ONE", "ZERO_OR_MORE", true, "B"],
        ]);
      }
    },
  );

  it.each(corpus)("%s: parses with database names and in compat mode too", async (_name, schema) => {
    await expect(diagramOf(schema, { names: "database" })).resolves.toBeDefined();
    await expect(diagramOf(schema, { compat: true, attributes: "keys", enums: "omit" })).resolves.toBeDefined();
  });
});
