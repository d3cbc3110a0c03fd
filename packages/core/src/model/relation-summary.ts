import type { ForeignKey, IdList, ManyToManyStorage, Relation, SchemaModel } from "./types.js";

/** Cardinality in words, from the holder's point of view for FK relations. */
function describeKind(relation: Relation): string {
  switch (relation.kind) {
    case "one-to-one":
      return relation.foreignKey.isIdentifying ? "1-1 identifying" : "1-1";
    case "one-to-many":
      return relation.foreignKey.isIdentifying ? "1-n identifying" : "1-n";
    case "many-to-many":
      return "m-n";
  }
}

function describeKey(key: ForeignKey): string {
  const optional = key.isOptional ? "optional " : "";
  const unique = key.isUnique ? ", unique" : "";
  const actions = `onDelete ${key.onDelete.effective}, onUpdate ${key.onUpdate.effective}`;
  return `${optional}FK ${key.holder}(${key.fields.join(", ")})${unique} → ${key.referencedModel}(${key.references.join(", ")}); ${actions}`;
}

function describeStorage(storage: ManyToManyStorage): string {
  switch (storage.kind) {
    case "join-table":
      return `join table ${storage.name} (A → ${storage.a.model}.${storage.a.references}, B → ${storage.b.model}.${storage.b.references})`;
    case "id-lists": {
      const list = (side: IdList) => `${side.holder}.${side.field} → ${side.referencedModel}(${side.references})`;
      return `id lists ${list(storage.a)}, ${list(storage.b)}`;
    }
  }
}

/** One line per relation: kind, the two ends, and where the key lives. */
function describeRelation(relation: Relation): [string, string, string] {
  if (relation.kind === "many-to-many") {
    const { a, b } = relation;
    return [describeKind(relation), `${a.model}.${a.field} ↔ ${b.model}.${b.field}`, describeStorage(relation.storage)];
  }
  const { holder, referenced } = relation;
  return [
    describeKind(relation),
    `${holder.model}.${holder.field} → ${referenced.model}.${referenced.field}`,
    describeKey(relation.foreignKey),
  ];
}

/**
 * A plain-text summary of a schema's relations, one aligned line each, for terminals and logs.
 * @example
 * formatRelationSummary(model)
 * // 1-1  Profile.user → User.profile  FK Profile(userId), unique → User(id); onDelete Cascade, onUpdate Cascade
 */
export function formatRelationSummary(model: SchemaModel): string {
  const rows = model.relations.map(describeRelation);
  const widths = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map(
    ([kind, ends, key]) => `  ${kind.padEnd(widths[0] ?? 0)}  ${ends.padEnd(widths[1] ?? 0)}  ${key}`,
  );
  const header = `${model.models.length} models, ${model.enums.length} enums, ${model.relations.length} relations`;
  return [header, ...lines].join("\n");
}
