import type { Enum, Field, Model, Relation, RelationEnd, SchemaModel } from "./types.js";

/** Lookups over a schema model, built once; the model itself stays plain data. */
export interface ModelIndex {
  /** A model or view by name. */
  model(name: string): Model | undefined;
  /** An enum by name. */
  enum(name: string): Enum | undefined;
  /** A field of a model. */
  field(model: string, field: string): Field | undefined;
  /** The relation a relation field belongs to. */
  relationOf(model: string, field: string): Relation | undefined;
  /** Every relation that has an end on the model. */
  relationsOf(model: string): readonly Relation[];
  /** The opposite end of a relation field. */
  oppositeEnd(model: string, field: string): RelationEnd | undefined;
}

/** The two relation-field ends of a relation. */
export function relationEnds(relation: Relation): readonly [RelationEnd, RelationEnd] {
  return relation.kind === "many-to-many" ? [relation.a, relation.b] : [relation.holder, relation.referenced];
}

/**
 * Builds lookups for a schema model.
 * @example const index = createModelIndex(model); index.relationOf("Post", "author")?.kind // "one-to-many"
 */
export function createModelIndex(schema: SchemaModel): ModelIndex {
  const models = new Map(schema.models.map((model) => [model.name, model]));
  const enums = new Map(schema.enums.map((item) => [item.name, item]));
  const byField = new Map<string, { relation: Relation; opposite: RelationEnd }>();
  const byModel = new Map<string, Relation[]>();
  for (const relation of schema.relations) {
    const [first, second] = relationEnds(relation);
    byField.set(`${first.model}.${first.field}`, { relation, opposite: second });
    byField.set(`${second.model}.${second.field}`, { relation, opposite: first });
    for (const model of new Set([first.model, second.model])) {
      const list = byModel.get(model) ?? [];
      list.push(relation);
      byModel.set(model, list);
    }
  }
  return {
    model: (name) => models.get(name),
    enum: (name) => enums.get(name),
    field: (model, field) => models.get(model)?.fields.find((candidate) => candidate.name === field),
    relationOf: (model, field) => byField.get(`${model}.${field}`)?.relation,
    relationsOf: (model) => byModel.get(model) ?? [],
    oppositeEnd: (model, field) => byField.get(`${model}.${field}`)?.opposite,
  };
}
