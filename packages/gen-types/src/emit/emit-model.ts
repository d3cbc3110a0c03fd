import { docsOf, type Model, propertyKey, type RelationField, type ScalarField, uniqueCriteria } from "@cardinal/core";
import type { ModelNames } from "../naming.js";
import { clientScalarFields, fieldType } from "../type-mapping.js";
import type { EmitContext } from "./context.js";
import { useFieldTypes } from "./uses.js";

/** Relation fields the client exposes (not `@ignore`d). */
function relationFields(model: Model): RelationField[] {
  return model.fields.filter((field): field is RelationField => field.kind === "relation" && !field.isIgnored);
}

/** Everything a model's module holds: row, include, payload and plain inputs (the client's types are in client.ts). */
export function emitModel(context: EmitContext, model: Model): void {
  const own = context.names.models.get(model.name) as ModelNames;
  const scalars = clientScalarFields(model.fields);
  useFieldTypes(context, scalars);
  emitRow(context, model, own, scalars);
  emitInclude(context, model, own);
  emitPayload(context, model, own);
  emitInputs(context, model, own, scalars);
}

function emitRow(context: EmitContext, model: Model, own: ModelNames, scalars: readonly ScalarField[]): void {
  const { names, options } = context;
  context.add({
    kind: "interface",
    isExported: true,
    name: own.row,
    docs: docsOf(model.documentation ?? `A row of \`${model.dbName}\`${model.kind === "view" ? " (a view)" : ""}.`),
    properties: scalars.map((field) => ({
      name: propertyKey(field.name),
      type: fieldType(field, names, options) as string,
      docs: docsOf(field.documentation),
    })),
  });
}

/** The name of another model's `what` (its include or its payload node), imported from its module. */
function target(context: EmitContext, modelName: string, what: "include" | "payloadNode"): string {
  const other = context.names.models.get(modelName) as ModelNames;
  return context.use(other[what], `models/${other.file}`);
}

function emitInclude(context: EmitContext, model: Model, own: ModelNames): void {
  const relations = relationFields(model);
  context.add({
    kind: "interface",
    isExported: true,
    name: own.include,
    docs: [
      {
        description: `Which relations of \`${model.name}\` to load: \`true\`, or \`{ include: {...} }\` to load theirs too.`,
      },
    ],
    properties: relations.map((field) => ({
      name: propertyKey(field.name),
      hasQuestionToken: true,
      type: `boolean | { include?: ${target(context, field.type, "include")} }`,
    })),
    indexSignatures:
      relations.length === 0 ? [{ isReadonly: true, keyName: "relation", keyType: "string", returnType: "never" }] : [],
  });
}

/**
 * The payload of a row with an include, through the shared `Payload` type: the model's node says where each
 * relation leads, `N[]` for a list, `N | null` for an optional relation (including the back side of a one-to-one),
 * `N` for a required one.
 */
function emitPayload(context: EmitContext, model: Model, own: ModelNames): void {
  const { helpers } = context.names;
  const relations = relationFields(model).map((field) => {
    const node = target(context, field.type, "payloadNode");
    return `${propertyKey(field.name)}: ${field.isList ? `${node}[]` : field.isOptional ? `${node} | null` : node}`;
  });
  context.add({
    kind: "interface",
    isExported: true,
    name: own.payloadNode,
    docs: [
      {
        description: `What \`${own.payload}\` reads of \`${model.name}\`: its row, its include, and where each relation leads.`,
      },
    ],
    properties: [
      { name: "row", type: own.row },
      { name: "include", type: own.include },
      { name: "relations", type: relations.length === 0 ? "{}" : `{ ${relations.join("; ")} }` },
    ],
  });
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: own.payload,
    typeParameters: [{ name: "I", default: "undefined" }],
    docs: [{ description: `A \`${model.name}\` row with the relations \`I\` (a \`${own.include}\`) includes.` }],
    type: `${context.use(helpers.payload, "common")}<${own.payloadNode}, I>`,
  });
}

/** Create: required unless optional, defaulted, `@updatedAt` or a list. Update: all optional. Where: equality. */
function emitInputs(context: EmitContext, model: Model, own: ModelNames, scalars: readonly ScalarField[]): void {
  const { names, options } = context;
  const property = (field: ScalarField, optional: boolean) => ({
    name: propertyKey(field.name),
    type: fieldType(field, names, options) as string,
    hasQuestionToken: optional,
  });
  const optionalOnCreate = (field: ScalarField) =>
    field.isOptional || field.isList || field.default !== undefined || field.isUpdatedAt;
  context.add({
    kind: "interface",
    isExported: true,
    name: own.createInput,
    docs: [
      {
        description: `The data to create a \`${model.name}\`: its columns, foreign keys included. Fields with a default, \`@updatedAt\` and optional fields may be left out.`,
      },
    ],
    properties: scalars.map((field) => property(field, optionalOnCreate(field))),
  });
  context.add({
    kind: "interface",
    isExported: true,
    name: own.updateInput,
    docs: [{ description: `The columns to change on a \`${model.name}\`.` }],
    properties: scalars.map((field) => property(field, true)),
  });
  context.add({
    kind: "interface",
    isExported: true,
    name: own.whereInput,
    docs: [{ description: `Rows of \`${model.name}\` whose columns equal these values.` }],
    properties: scalars.map((field) => property(field, true)),
  });
  const criteria = uniqueCriteria(model).filter((criterion) =>
    criterion.fields.every((name) => scalars.some((field) => field.name === name)),
  );
  const typeOf = (name: string) => {
    const field = scalars.find((candidate) => candidate.name === name) as ScalarField;
    return fieldType({ ...field, isOptional: false }, names, options) as string;
  };
  const members = criteria.map((criterion) =>
    criterion.isCompound
      ? `{ ${propertyKey(criterion.name)}: { ${criterion.fields.map((name) => `${propertyKey(name)}: ${typeOf(name)}`).join("; ")} } }`
      : `{ ${propertyKey(criterion.name)}: ${typeOf(criterion.name)} }`,
  );
  context.add({
    kind: "typeAlias",
    isExported: true,
    name: own.whereUniqueInput,
    docs: [
      {
        description: `One way to find exactly one \`${model.name}\`: by its id or by one of its unique criteria (compound ones under their name).`,
      },
    ],
    type: members.length > 0 ? members.join(" | ") : "never",
  });
}
