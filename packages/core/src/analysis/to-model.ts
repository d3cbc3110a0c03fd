import type { Field, Model, RelationField, ScalarField } from "../model/types.js";
import type { ModelBlock } from "../parser/ast.js";
import type { Located } from "./context.js";
import { locationOf } from "./context.js";
import { documentationText, readDocumentationLines, renamedFromOf } from "./doc-lines.js";
import type { AnalyzedField } from "./fields.js";
import type { AnalyzedModel } from "./models.js";

/** The output shape of an analyzed model. */
export function toModel(model: AnalyzedModel, relationNames: ReadonlyMap<string, string>): Model {
  const { located, keys } = model;
  const name = located.node.name.text;
  const fields: Field[] = [];
  for (const field of model.fields) {
    if (field.target.kind === "relation") fields.push(toRelationField(field, located, relationNames));
    else {
      const scalar = toScalarField(field, located);
      if (scalar) fields.push(scalar);
    }
  }
  return {
    kind: located.node.kind === "view" ? "view" : "model",
    name,
    dbName: model.dbName,
    schema: model.schema,
    fields,
    primaryKey: keys.primaryKey,
    uniques: keys.uniques,
    indexes: keys.indexes,
    isIgnored: model.isIgnored,
    documentation: documentationText(located.node.documentation),
    renamedFrom: renamedFromOf(located.node.documentation),
    documentationLines:
      located.node.documentation === undefined ? [] : readDocumentationLines(located.file, located.node.name, false),
    location: locationOf(located, located.node.name),
  };
}

/** A scalar field's output shape; undefined for relation fields and fields of unknown type. */
export function toScalarField(field: AnalyzedField, located: Located<ModelBlock>): ScalarField | undefined {
  if (field.target.kind !== "scalar") return undefined;
  const { node } = field;
  return {
    kind: "scalar",
    name: node.name.text,
    dbName: field.dbName,
    type: field.target.type,
    isList: node.type.arity === "list",
    isOptional: node.type.arity === "optional",
    default: field.default,
    nativeType: field.nativeType,
    isUpdatedAt: field.attributes.has("updatedAt"),
    isIgnored: field.attributes.has("ignore"),
    documentation: documentationText(node.documentation),
    renamedFrom: renamedFromOf(node.documentation),
    documentationLines: node.documentation === undefined ? [] : readDocumentationLines(located.file, node),
    location: locationOf(located, node.name),
  };
}

function toRelationField(
  field: AnalyzedField,
  located: Located<ModelBlock>,
  relationNames: ReadonlyMap<string, string>,
): RelationField {
  const { node } = field;
  const model = located.node.name.text;
  const target = field.target.kind === "relation" ? field.target.model : "";
  return {
    kind: "relation",
    name: node.name.text,
    type: target,
    isList: node.type.arity === "list",
    isOptional: node.type.arity === "optional",
    relationName: relationNames.get(`${model}.${node.name.text}`) ?? "",
    isIgnored: field.attributes.has("ignore"),
    documentation: documentationText(node.documentation),
    location: locationOf(located, node.name),
  };
}
