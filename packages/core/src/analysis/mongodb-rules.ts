import type { IndexDefinition } from "../model/types.js";
import type { AnalysisContext } from "./context.js";
import type { AnalyzedField } from "./fields.js";
import type { AnalyzedModel } from "./models.js";

/**
 * The MongoDB connector's rules for models (E509), `@@ignore`d ones included: exactly one single-field id mapped
 * to `_id`; `auto()` only on that id and with `@db.ObjectId`; field names (`@map`) without `.` and not starting
 * with `$` (views too); no two indexes over the same fields; no `@unique` on the id.
 */
export function checkMongoDbRules(models: readonly AnalyzedModel[], context: AnalysisContext): void {
  if (context.datasource?.provider !== "mongodb") return;
  for (const model of models) {
    for (const field of model.fields) checkFieldName(field, model);
    if (model.located.node.kind !== "model") continue;
    checkId(model);
    for (const field of model.fields) checkAuto(field, model);
    checkIndexes(model);
  }
}

function checkId(model: AnalyzedModel): void {
  const { primaryKey } = model.keys;
  const { node, report } = model.located;
  if (!primaryKey) {
    const message = `MongoDB models need exactly one id field: mark \`${node.name.text}\`'s id with \`@id @map("_id")\`.`;
    report("E509", message, node.name);
    return;
  }
  const [first, ...rest] = primaryKey.fields;
  if (rest.length > 0) {
    report("E509", "MongoDB does not support compound ids: use one `@id` field mapped to `_id`.", spanOfId(model));
    return;
  }
  const field = model.fields.find((candidate) => candidate.node.name.text === first?.name);
  if (!field || field.dbName === "_id") return;
  const found = field.attributes.has("map") ? `, not \`@map("${field.dbName}")\`` : "";
  report(
    "E509",
    `MongoDB ids are stored as \`_id\`: write \`@map("_id")\` on \`${field.node.name.text}\`${found}.`,
    field.node,
  );
}

function checkFieldName(field: AnalyzedField, model: AnalyzedModel): void {
  const { report } = model.located;
  const map = field.attributes.get("map");
  if (!map || field.target.kind !== "scalar") return;
  if (field.dbName.startsWith("$")) report("E509", "A MongoDB field name cannot start with `$`.", map);
  if (field.dbName.includes(".")) report("E509", "A MongoDB field name cannot contain `.`.", map);
}

function checkAuto(field: AnalyzedField, model: AnalyzedModel): void {
  const { report } = model.located;
  if (field.default?.kind !== "function" || field.default.name !== "auto") return;
  const name = field.node.name.text;
  if (field.nativeType?.name !== "ObjectId") {
    report(
      "E509",
      `\`@default(auto())\` needs the \`ObjectId\` native type: add \`@db.ObjectId\` to \`${name}\`.`,
      field.node,
    );
  }
  if (!model.keys.primaryKey?.fields.some((key) => key.name === name)) {
    report("E509", `\`@default(auto())\` generates ids only: \`${name}\` must be the model's \`@id\`.`, field.node);
  }
}

function checkIndexes(model: AnalyzedModel): void {
  const { primaryKey, uniques, indexes, spans } = model.keys;
  const all = [...uniques, ...indexes];
  const idField = primaryKey?.fields.length === 1 ? primaryKey.fields[0]?.name : undefined;
  for (const index of all) {
    const span = spans.get(index) ?? model.located.node.name;
    if (all.some((other) => other !== index && sameFields(other, index))) {
      model.located.report(
        "E509",
        "This index is defined twice over the same fields; MongoDB keeps one of them.",
        span,
      );
    }
    if (index.kind === "unique" && index.fields.length === 1 && index.fields[0]?.name === idField) {
      model.located.report("E509", "On MongoDB the id is unique already: remove the unique constraint on it.", span);
    }
  }
}

/** The same fields in the same order with the same sort orders. */
function sameFields(a: IndexDefinition, b: IndexDefinition): boolean {
  return (
    a.fields.length === b.fields.length &&
    a.fields.every((field, i) => field.name === b.fields[i]?.name && field.sort === b.fields[i]?.sort)
  );
}

function spanOfId(model: AnalyzedModel) {
  const { primaryKey, spans } = model.keys;
  return (primaryKey && spans.get(primaryKey)) ?? model.located.node.name;
}
