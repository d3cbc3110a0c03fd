import type { PrismaDatamodel, PrismaDatamodelField } from "@cardinal/testing";
import { createModelIndex } from "../model/lookup.js";
import type { Field, ForeignKey, Model, Relation, SchemaModel } from "../model/types.js";

/**
 * Differences between Cardinal's model and Prisma's `get_datamodel` for the facts both have: models, database
 * names, fields, ids, unique criteria, relation names, FK and referenced fields, declared actions.
 * Returns human-readable lines; empty when they agree.
 */
export function compareWithPrismaDatamodel(schema: SchemaModel, prisma: PrismaDatamodel): string[] {
  const problems: string[] = [];
  const index = createModelIndex(schema);
  const expectNames = prisma.models.map((model) => model.name).sort();
  // Prisma leaves @@ignore'd models out of its data model.
  const actualNames = schema.models
    .filter((model) => !model.isIgnored)
    .map((model) => model.name)
    .sort();
  if (expectNames.join() !== actualNames.join())
    problems.push(`models: prisma [${expectNames}] cardinal [${actualNames}]`);
  for (const expected of prisma.models) {
    const model = index.model(expected.name);
    if (!model) continue;
    const at = (what: string) => `${expected.name}.${what}`;
    check(problems, at("dbName"), expected.dbName ?? expected.name, model.dbName);
    const compoundKey = model.primaryKey?.isCompound ? model.primaryKey : undefined;
    check(
      problems,
      at("primaryKey"),
      expected.primaryKey?.fields.join(),
      compoundKey?.fields.map((f) => f.name).join(),
    );
    check(problems, at("primaryKey.name"), expected.primaryKey?.name ?? undefined, compoundKey?.name);
    // Prisma lists every @@unique in uniqueFields, and marks a field isUnique for any one-field unique; partial
    // uniques (`where:`) are in neither (its client's where-unique inputs still take them).
    const compoundUniques = model.uniques
      .filter((unique) => !unique.isFieldLevel && unique.where === undefined)
      .map((unique) => unique.fields.map((f) => f.name).join());
    check(
      problems,
      at("uniqueFields"),
      expected.uniqueFields.map((fields) => fields.join()).join(" | "),
      compoundUniques.join(" | "),
    );
    for (const field of expected.fields) compareField(problems, model, field, index);
  }
  return problems;
}

function compareField(
  problems: string[],
  model: Model,
  expected: PrismaDatamodelField,
  index: ReturnType<typeof createModelIndex>,
): void {
  const at = (what: string) => `${model.name}.${expected.name}.${what}`;
  const field = model.fields.find((candidate) => candidate.name === expected.name);
  if (!field) {
    problems.push(`${model.name}.${expected.name}: missing`);
    return;
  }
  const isComposite = field.kind === "scalar" && field.type.kind === "composite";
  check(problems, at("kind"), expected.kind === "object" && !isComposite ? "relation" : "scalar", field.kind);
  check(problems, at("isList"), expected.isList, field.isList);
  check(problems, at("isRequired"), expected.isRequired, !field.isOptional);
  check(problems, at("isId"), expected.isId, isFieldLevelId(model, field));
  check(
    problems,
    at("isUnique"),
    expected.isUnique,
    model.uniques.some((u) => u.fields.length === 1 && u.fields[0]?.name === field.name && u.where === undefined),
  );
  if (field.kind === "scalar") {
    if (expected.dbName) check(problems, at("dbName"), expected.dbName, field.dbName);
    return;
  }
  check(problems, at("type"), expected.type, field.type);
  check(problems, at("relationName"), expected.relationName ?? undefined, field.relationName);
  const relation = index.relationOf(model.name, field.name);
  const key = relation ? keyHeldBy(relation, model.name, field.name) : undefined;
  check(problems, at("relationFromFields"), (expected.relationFromFields ?? []).join(), (key?.fields ?? []).join());
  check(problems, at("relationToFields"), (expected.relationToFields ?? []).join(), (key?.references ?? []).join());
  const foreignKey = key && "onDelete" in key ? key : undefined;
  if (expected.relationOnDelete)
    check(problems, at("onDelete"), expected.relationOnDelete, foreignKey?.onDelete.declared);
  if (expected.relationOnUpdate)
    check(problems, at("onUpdate"), expected.relationOnUpdate, foreignKey?.onUpdate.declared);
}

/** The key a relation field declares: its foreign key, or for MongoDB's id lists its own list and the id. */
function keyHeldBy(
  relation: Relation,
  model: string,
  field: string,
): ForeignKey | { fields: readonly string[]; references: readonly string[] } | undefined {
  if (relation.kind !== "many-to-many") {
    const holds = relation.holder.model === model && relation.holder.field === field;
    return holds ? relation.foreignKey : undefined;
  }
  if (relation.storage.kind !== "id-lists") return undefined;
  const list = relation.a.model === model && relation.a.field === field ? relation.storage.a : relation.storage.b;
  return { fields: [list.field], references: [list.references] };
}

function isFieldLevelId(model: Model, field: Field): boolean {
  return model.primaryKey?.fields.length === 1 && model.primaryKey.fields[0]?.name === field.name;
}

function check(problems: string[], what: string, expected: unknown, actual: unknown): void {
  if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    problems.push(`${what}: prisma ${JSON.stringify(expected)} cardinal ${JSON.stringify(actual)}`);
  }
}
