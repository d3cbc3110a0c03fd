import type { Diagnostic, ManyToManyRelation, Model, SchemaModel, SourceLocation } from "@cardinal/core";
import type { CreateEnumNode, CreateTableNode, QualifiedName } from "./nodes.js";

/** A database object as the schema declares it: what to call it in a message, where it is, how to rename it. */
export interface Declared {
  readonly name: string;
  readonly label: string;
  readonly location: SourceLocation | undefined;
  readonly fix: string;
}

interface TableIndex {
  readonly models: ReadonlyMap<string, Model>;
  readonly byName: ReadonlyMap<string, Model>;
  readonly joins: ReadonlyMap<string, ManyToManyRelation>;
}

const tableIndexes = new WeakMap<SchemaModel, TableIndex>();
const tableKey = (name: string, schema: string | undefined) => `${schema ?? "public"}\u0000${name}`;

/** Models by table and by name, join-table relations by table: built once per schema (lookups were quadratic). */
function indexOf(model: SchemaModel): TableIndex {
  let index = tableIndexes.get(model);
  if (index === undefined) {
    const models = new Map<string, Model>();
    for (const candidate of model.models) {
      const key = tableKey(candidate.dbName, candidate.schema);
      if (!models.has(key)) models.set(key, candidate);
    }
    const joins = new Map<string, ManyToManyRelation>();
    for (const relation of model.relations)
      if (
        relation.kind === "many-to-many" &&
        relation.storage.kind === "join-table" &&
        !joins.has(relation.storage.name)
      )
        joins.set(relation.storage.name, relation);
    index = { models, byName: new Map(model.models.map((candidate) => [candidate.name, candidate])), joins };
    tableIndexes.set(model, index);
  }
  return index;
}

/** The model whose table is `table` (the first declared, when several map to it). */
export function modelOf(model: SchemaModel, table: QualifiedName): Model | undefined {
  return indexOf(model).models.get(tableKey(table.name, table.schema));
}

/** A table: its model, or the implicit many-to-many relation it joins. */
export function declaredTable(node: CreateTableNode, model: SchemaModel): Declared {
  const name = node.table.name;
  const owner = node.implicitJoin ? undefined : modelOf(model, node.table);
  if (owner !== undefined)
    return {
      name,
      label: `model \`${owner.name}\` (table \`${name}\`)`,
      location: owner.location,
      fix: `Give one of them another name with \`@@map("...")\`.`,
    };
  const relation = indexOf(model).joins.get(name);
  const end = relation?.a.model;
  return {
    name,
    label: `the join table \`${name}\` of relation \`${relation?.name ?? name}\``,
    location: end === undefined ? undefined : indexOf(model).byName.get(end)?.location,
    fix: 'Rename the relation (`@relation("...")`) or give the other table another name with `@@map`.',
  };
}

/** A column of a model's table. */
export function declaredColumn(name: string, owner: Model | undefined): Declared {
  const field = owner?.fields.find((candidate) => candidate.kind === "scalar" && candidate.dbName === name);
  return {
    name,
    label: `field \`${field?.name ?? name}\` (column \`${name}\`) of model \`${owner?.name ?? "?"}\``,
    location: field?.location ?? owner?.location,
    fix: `Give one of them another column name with \`@map("...")\`.`,
  };
}

/** An index (or the index behind a primary key or unique constraint) of a table. */
export function declaredIndex(name: string, table: QualifiedName, model: SchemaModel): Declared {
  const owner = modelOf(model, table);
  return {
    name,
    label: `index \`${name}\` of ${owner === undefined ? `table \`${table.name}\`` : `model \`${owner.name}\``}`,
    location: owner?.location,
    fix: `Give one of them another database name (\`map: "..."\` on an index, \`@@map("...")\` on a model).`,
  };
}

/** An enum type. */
export function declaredEnum(node: CreateEnumNode, model: SchemaModel): Declared {
  const item = model.enums.find(
    (candidate) =>
      candidate.dbName === node.type.name && (candidate.schema ?? "public") === (node.type.schema ?? "public"),
  );
  return {
    name: node.type.name,
    label: `enum \`${item?.name ?? node.type.name}\` (type \`${node.type.name}\`)`,
    location: item?.location,
    fix: `Give it another database name with \`@@map("...")\`.`,
  };
}

/** The refusal of one dialect's file, at the declaration. */
export function error(code: "E209" | "E503", at: Declared, message: string): Diagnostic {
  const location = at.location ?? {
    file: "schema.prisma",
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
  return { code, severity: "error", message, file: location.file, range: location.range };
}

/**
 * One E209 per declaration whose name equals an earlier one's under `fold` but is not the same name; `message` says
 * why, given the two clashing declarations.
 */
export function foldClashes(
  declared: readonly Declared[],
  fold: (name: string) => string,
  message: (first: Declared, item: Declared) => string,
): Diagnostic[] {
  const seen = new Map<string, Declared>();
  return declared.flatMap((item) => {
    const key = fold(item.name);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, item);
    if (first === undefined || first.name === item.name) return [];
    return [error("E209", item, `${message(first, item)} ${item.fix}`)];
  });
}
