import type { CompositeType, Field, Model, ScalarField, SchemaModel } from "@cardinal/core";
import { quote } from "./escape.js";
import type { ResolvedMermaidOptions } from "./options.js";
import type { EntityView, RelationshipView } from "./view-model.js";

/** Turns a scalar field into an attribute line (the view-model's, so composite types look like models). */
export type AttributeOf = (field: ScalarField) => EntityView["attributes"][number];

/**
 * The composite types (MongoDB `type` blocks) the models embed, directly or through other composite types,
 * in name order.
 */
export function compositesUsedBy(models: readonly Pick<Model, "fields">[], schema: SchemaModel): CompositeType[] {
  const byName = new Map(schema.compositeTypes.map((type) => [type.name, type]));
  const used = new Set<string>();
  const visit = (fields: readonly Field[]) => {
    for (const name of compositeNames(fields)) {
      if (used.has(name)) continue;
      used.add(name);
      visit(byName.get(name)?.fields ?? []);
    }
  };
  for (const model of models) visit(model.fields);
  return schema.compositeTypes.filter((type) => used.has(type.name));
}

function compositeNames(fields: readonly Field[]): string[] {
  return fields.flatMap((field) =>
    field.kind === "scalar" && field.type.kind === "composite" ? [field.type.name] : [],
  );
}

/** A composite type as an entity labelled `type Name`, its fields as attributes (no keys: it has none). */
export function compositeEntity(
  type: CompositeType,
  attributeOf: AttributeOf,
  options: ResolvedMermaidOptions,
): EntityView {
  const attributes = options.attributes === "all" ? type.fields.map(attributeOf) : [];
  return { key: type.name, id: quote(type.name), label: quote(`type ${type.name}`), attributes };
}

/**
 * One solid line per embedding field, from the document that embeds to the composite type: the embedded value
 * belongs to exactly one owner (`||`), and the owner has exactly one (`||`), at most one (`o|`) or any number
 * (`o{`) of them. Solid, because an embedded document is part of its owner, like an identifying relationship.
 */
export function embeddingLines(
  owner: { readonly key: string; readonly id: string },
  fields: readonly ScalarField[],
): RelationshipView[] {
  return fields.flatMap((field) => {
    if (field.type.kind !== "composite") return [];
    const right = field.isList ? "o{" : field.isOptional ? "o|" : "||";
    return [
      {
        models: [owner.key, field.type.name] as [string, string],
        first: owner.id,
        second: quote(field.type.name),
        cardinality: `||--${right}`,
        label: quote(field.name),
      },
    ];
  });
}
