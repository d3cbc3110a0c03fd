import type { Model, ScalarField, SchemaModel } from "@cardinal/core";
import { uniqueCriteria } from "@cardinal/core";
import type { ModelNames, Names } from "../../naming.js";
import { typedModels } from "../../naming.js";
import { clientScalarFields } from "../../type-mapping.js";
import { type ClientModelContext, clientRelations, modelActions } from "../client/client-model.js";

const types = (
  action: string,
) => `/** A field: name, type (\`Int\`, \`enum:Role\`, \`composite:Address\`...), nullable, list, required on create. */
type FieldMeta = readonly [name: string, type: string, nullable: boolean, list: boolean, requiredOnCreate: boolean];
/** How many rows a relation holds. */
type RelationKind = "many" | "one" | "optional";
/** What the server knows of a model: the client property, operations, fields, relations and unique criteria. */
interface ModelMeta {
  readonly property: string;
  readonly actions: readonly ${action}[];
  readonly fields: readonly FieldMeta[];
  readonly relations: readonly (readonly [name: string, model: string, kind: RelationKind])[];
  readonly uniques: readonly (readonly [name: string, fields: readonly string[]])[];
}`;

function fieldType(field: ScalarField): string {
  switch (field.type.kind) {
    case "scalar":
      return field.type.name;
    case "enum":
      return `enum:${field.type.name}`;
    case "composite":
      return `composite:${field.type.name}`;
    case "unsupported":
      return "unsupported";
  }
}

function foreignKeys(model: Model, schema: SchemaModel): Set<string> {
  const keys = new Set<string>();
  for (const relation of schema.relations)
    if (relation.kind !== "many-to-many" && relation.foreignKey.holder === model.name)
      for (const name of relation.foreignKey.fields) keys.add(name);
  return keys;
}

function modelMeta(model: Model, context: ClientModelContext): string {
  const own = context.names.models.get(model.name) as ModelNames;
  const keys = foreignKeys(model, context.schema);
  const scalars = clientScalarFields(model.fields);
  const fields = scalars.map((field) => {
    const required = !(
      field.isOptional ||
      field.isList ||
      field.default !== undefined ||
      field.isUpdatedAt ||
      keys.has(field.name)
    );
    return JSON.stringify([field.name, fieldType(field), field.isOptional, field.isList, required]);
  });
  const relations = clientRelations(model, context).map((field) =>
    JSON.stringify([field.name, field.type, field.isList ? "many" : field.isOptional ? "optional" : "one"]),
  );
  const uniques = uniqueCriteria(model)
    .filter((criterion) => criterion.fields.every((name) => scalars.some((field) => field.name === name)))
    .map((criterion) => JSON.stringify([criterion.name, criterion.fields]));
  return [
    `  ${JSON.stringify(model.name)}: {`,
    `    property: ${JSON.stringify(own.property)},`,
    `    actions: ${JSON.stringify(modelActions(model))},`,
    `    fields: [${fields.join(", ")}],`,
    `    relations: [${relations.join(", ")}],`,
    `    uniques: [${uniques.join(", ")}],`,
    "  },",
  ].join("\n");
}

/** The model description the server validates against: plain data, generated from the schema. */
export function serverMetaText(schema: SchemaModel, names: Names, context: ClientModelContext): string {
  const enums = schema.enums.map(
    (item) => `  ${JSON.stringify(item.name)}: ${JSON.stringify(item.values.map((value) => value.name))},`,
  );
  return [
    types(names.helpers.action),
    "/** The values of every enum, as the client writes them. */",
    `const enums: { readonly [name: string]: readonly [string, ...string[]] } = {${enums.length > 0 ? `\n${enums.join("\n")}\n` : ""}};`,
    "/** Every model of the client. */",
    `const models: { readonly [M in ${names.helpers.modelName}]: ModelMeta } = {`,
    ...typedModels(schema).map((model) => modelMeta(model, context)),
    "};",
  ].join("\n");
}
