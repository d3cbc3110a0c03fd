import type { IdList, ManyToManyRelation, ManyToManyStorage, RelationEnd } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedField } from "./fields.js";
import type { AnalyzedModel } from "./models.js";
import type { RelationPair } from "./pair-relations.js";
import { compareBytes } from "./pair-relations.js";
import type { RelationFieldInfo } from "./relation-fields.js";

type Models = ReadonlyMap<string, AnalyzedModel>;

/**
 * Checks and builds a many-to-many relation (both fields are lists). As in Prisma's parser database, a pair
 * where either field has `fields` is written as id lists (MongoDB only); any other pair is implicit, with a
 * join table (SQL only).
 */
export function manyToMany(
  pair: RelationPair,
  models: Models,
  context: AnalysisContext,
): ManyToManyRelation | undefined {
  const isMongo = context.datasource?.provider === "mongodb";
  const writtenAsIdLists = pair.first.fields !== undefined || pair.second.fields !== undefined;
  const [a, b] = [pair.first, pair.second].sort(compareEnds) as [RelationFieldInfo, RelationFieldInfo];
  if (writtenAsIdLists && !isMongo) return reportIdListsOffMongo(a, b, context);
  const storage = writtenAsIdLists ? idLists(a, b, models) : joinTable(pair.name, a, b, models, isMongo);
  if (!storage) return undefined;
  const [aEnd, bEnd] = [endOf(a), endOf(b)];
  return {
    kind: "many-to-many",
    name: pair.name,
    isNamed: pair.isNamed,
    isSelf: aEnd.model === bEnd.model,
    a: aEnd,
    b: bEnd,
    storage,
  };
}

function reportIdListsOffMongo(a: RelationFieldInfo, b: RelationFieldInfo, context: AnalysisContext): undefined {
  const provider = context.datasource?.provider ?? "a schema without datasource";
  for (const info of [a, b]) {
    info.model.located.report(
      "E406",
      `The many-to-many relation field \`${name(info)}\` must not specify \`fields\` or \`references\`: id lists on both sides are for MongoDB, not ${provider}. Remove them for an implicit many-to-many relation, or add a join model with two one-to-many relations.`,
      info.field.node,
    );
  }
  return undefined;
}

function joinTable(
  relationName: string,
  a: RelationFieldInfo,
  b: RelationFieldInfo,
  models: Models,
  isMongo: boolean,
): ManyToManyStorage | undefined {
  let ok = true;
  for (const info of [a, b]) {
    if (isMongo) {
      const message = `The many-to-many relation field \`${name(info)}\` on model \`${modelName(info)}\` has no id list. MongoDB has no join tables: give both sides a list of ids, e.g. \`${lowerFirst(info.target)}Ids String[] @db.ObjectId\` and \`@relation(fields: [${lowerFirst(info.target)}Ids], references: [id])\`.`;
      info.model.located.report("E409", message, info.field.node);
      ok = false;
    } else if (info.references !== undefined) {
      info.model.located.report(
        "E406",
        `The many-to-many relation field \`${name(info)}\` must not specify \`references\`. For an explicit many-to-many relation, add a join model with two one-to-many relations.`,
        info.field.node,
      );
      ok = false;
    }
  }
  for (const info of [a, b]) {
    const pk = models.get(info.target)?.keys.primaryKey;
    if (!pk || pk.isCompound) {
      info.model.located.report(
        "E409",
        `The relation field \`${name(info)}\` on model \`${modelName(info)}\` references \`${info.target}\`, which has no single-field \`@id\`. Models without one cannot be part of an implicit many-to-many relation; use an explicit join model.`,
        info.field.node,
      );
      ok = false;
    }
  }
  if (!ok) return undefined;
  const idOf = (model: string) => models.get(model)?.keys.primaryKey?.fields[0]?.name ?? "id";
  return {
    kind: "join-table",
    name: `_${relationName}`,
    a: { name: "A", model: modelName(a), references: idOf(modelName(a)) },
    b: { name: "B", model: modelName(b), references: idOf(modelName(b)) },
  };
}

function idLists(a: RelationFieldInfo, b: RelationFieldInfo, models: Models): ManyToManyStorage | undefined {
  const listA = idList(a, models);
  const listB = idList(b, models);
  return listA && listB ? { kind: "id-lists", a: listA, b: listB } : undefined;
}

/** One side of an id-list relation: one scalar list in `fields`, the other model's single-field id in `references`. */
function idList(info: RelationFieldInfo, models: Models): IdList | undefined {
  const { report } = info.model.located;
  const span = info.attribute ?? info.field.node;
  let ok = true;
  if (info.onDelete !== undefined || info.onUpdate !== undefined) {
    const message = `The relation field \`${name(info)}\` must not specify \`onDelete\` or \`onUpdate\`: referential actions are not supported on many-to-many relations with id lists.`;
    report("E408", message, span);
    ok = false;
  }
  const target = models.get(info.target) as AnalyzedModel;
  const fieldName = single(info, "fields", info.fields);
  const referenceName = single(info, "references", info.references);
  if (fieldName === undefined || referenceName === undefined) return undefined;
  const field = scalarNamed(info, info.model, fieldName, "fields");
  const reference = scalarNamed(info, target, referenceName, "references");
  if (!field || !reference) return undefined;
  const pk = target.keys.primaryKey;
  if (!pk || pk.isCompound || pk.fields[0]?.name !== referenceName) {
    const message = `The \`references\` of \`${name(info)}\` must be the single-field id of \`${info.target}\`; \`${referenceName}\` is not.`;
    report("E404", message, span);
    ok = false;
  }
  if (!isListOf(field, reference)) {
    const message = `The field \`${fieldName}\` in \`fields\` of \`${name(info)}\` must be a list of the same type and native type as \`${info.target}.${referenceName}\`, e.g. \`${fieldName} ${typeText(reference)}[]${nativeText(reference)}\`.`;
    report("E403", message, span);
    ok = false;
  }
  if (!ok) return undefined;
  return { holder: modelName(info), field: fieldName, referencedModel: info.target, references: referenceName };
}

/** The one name of `fields`/`references`, or undefined after reporting a missing or longer list. */
function single(info: RelationFieldInfo, argument: string, names: readonly string[] | undefined): string | undefined {
  if (names?.length === 1) return names[0];
  const { report } = info.model.located;
  const example = argument === "fields" ? `fields: [${lowerFirst(info.target)}Ids]` : "references: [id]";
  if (names === undefined) {
    const message = `The many-to-many relation field \`${name(info)}\` on model \`${modelName(info)}\` must specify \`${argument}\`: with id lists, both sides give \`fields\` and \`references\`, e.g. \`@relation(${example})\`.`;
    report("E406", message, info.field.node);
  } else {
    const message = `The \`${argument}\` of \`${name(info)}\` must name exactly one field (here ${names.length}), e.g. \`${example}\`.`;
    report("E403", message, info.attribute ?? info.field.node);
  }
  return undefined;
}

function scalarNamed(
  info: RelationFieldInfo,
  model: AnalyzedModel,
  fieldName: string,
  argument: string,
): AnalyzedField | undefined {
  const field = model.fields.find((candidate) => candidate.node.name.text === fieldName);
  if (field?.target.kind === "scalar") return field;
  const problem = field ? "is a relation field, not a scalar field" : "does not exist";
  const message = `The field \`${fieldName}\` in \`${argument}\` of \`${name(info)}\` ${problem} in model \`${model.located.node.name.text}\`.`;
  info.model.located.report("E403", message, info.attribute ?? info.field.node);
  return undefined;
}

/** Prisma's rule: the list's base type and native type equal the referenced field's, which is no list. */
function isListOf(list: AnalyzedField, reference: AnalyzedField): boolean {
  return (
    list.node.type.arity === "list" &&
    reference.node.type.arity !== "list" &&
    list.node.type.name.text === reference.node.type.name.text &&
    list.node.type.unsupported === reference.node.type.unsupported &&
    list.nativeType?.name === reference.nativeType?.name
  );
}

function typeText(field: AnalyzedField): string {
  return field.node.type.name.text;
}

function nativeText(field: AnalyzedField): string {
  return field.nativeType ? ` @db.${field.nativeType.name}` : "";
}

/** Orders the ends of a many-to-many relation: `a` lives on the model that sorts first (column A), then by field. */
function compareEnds(x: RelationFieldInfo, y: RelationFieldInfo): number {
  return compareBytes(modelName(x), modelName(y)) || compareBytes(name(x), name(y));
}

function endOf(info: RelationFieldInfo): RelationEnd {
  return { model: modelName(info), field: name(info), isList: info.isList, isOptional: info.isOptional };
}

function name(info: RelationFieldInfo): string {
  return info.field.node.name.text;
}

function modelName(info: RelationFieldInfo): string {
  return info.model.located.node.name.text;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
