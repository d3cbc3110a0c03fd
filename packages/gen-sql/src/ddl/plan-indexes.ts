import {
  defaultConstraintName,
  explicitKeyName,
  type IndexDefinition,
  type Model,
  type Provider,
  type ScalarField,
} from "@cardinal/core";
import type { CreateIndexNode, IndexPredicateNode, QualifiedName } from "./nodes.js";

/** A field's column name (its `@map`, or the field name). */
export function columnNamesOf(model: Model, names: readonly string[]): string[] {
  const scalars = model.fields.filter((field): field is ScalarField => field.kind === "scalar");
  return names.map((name) => scalars.find((field) => field.name === name)?.dbName ?? name);
}

/**
 * The database name of a unique, index or fulltext key: `map:`, else (for `@@index` only) `name:`, which
 * Prisma still takes as the index's database name for older schemas, else Prisma's default name.
 */
export function keyName(key: IndexDefinition, table: string, columns: readonly string[], provider: Provider): string {
  return (
    explicitKeyName(key) ?? defaultConstraintName(key.kind === "unique" ? "unique" : "index", table, columns, provider)
  );
}

/**
 * Unique constraints, `@@index` and `@@fulltext` of one model, by database name (byte-wise), so that reordering
 * the attributes of a model does not change the output.
 */
export function planModelIndexes(model: Model, table: QualifiedName, provider: Provider): CreateIndexNode[] {
  const keys: IndexDefinition[] = [...model.uniques, ...model.indexes];
  const nodes = keys.map((key): CreateIndexNode => {
    const columns = key.fields.map((field) => ({
      name: columnNamesOf(model, [field.name])[0] as string,
      sort: field.sort,
      length: field.length,
      ops: field.ops,
    }));
    return {
      kind: "createIndex" as const,
      table,
      name: keyName(
        key,
        model.dbName,
        columns.map((c) => c.name),
        provider,
      ),
      unique: key.kind === "unique",
      fulltext: key.kind === "fulltext",
      columns,
      algorithm: key.algorithm,
      where: planPredicate(model, key),
    };
  });
  return nodes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `where:` of a partial index, with each condition's field turned into its column. */
function planPredicate(model: Model, key: IndexDefinition): IndexPredicateNode | undefined {
  const { where } = key;
  if (where?.kind !== "conditions") return where;
  const conditions = where.conditions.map(({ field, negated, value }) => ({
    column: columnNamesOf(model, [field])[0] as string,
    negated,
    value,
  }));
  return { kind: "conditions", conditions };
}
