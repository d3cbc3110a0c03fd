import { type Model, type RelationField, type ScalarField, uniqueCriteria } from "@cardinal/core";
import type { ModelNames } from "../naming.js";
import { clientScalarFields, docText, fieldType, propertyName } from "../type-mapping.js";
import type { EmitContext } from "./context.js";
import { useFieldTypes } from "./uses.js";

/** Relation fields the client exposes (not `@ignore`d). */
function relationFields(model: Model): RelationField[] {
  return model.fields.filter((field): field is RelationField => field.kind === "relation" && !field.isIgnored);
}

/** Everything generated for one model: row, include, payload, inputs and delegate. */
export function emitModel(context: EmitContext, model: Model): void {
  const own = context.names.models.get(model.name) as ModelNames;
  const scalars = clientScalarFields(model.fields);
  useFieldTypes(context, scalars);
  emitRow(context, model, own, scalars);
  emitInclude(context, model, own);
  emitPayload(context, model, own);
  emitInputs(context, model, own, scalars);
  if (context.options.client) emitDelegate(context, model, own);
}

function emitRow(context: EmitContext, model: Model, own: ModelNames, scalars: readonly ScalarField[]): void {
  const { names, options } = context;
  context.add({
    kind: "interface",
    isExported: true,
    name: own.row,
    docs: docText(model.documentation ?? `A row of \`${model.dbName}\`${model.kind === "view" ? " (a view)" : ""}.`),
    properties: scalars.map((field) => ({
      name: propertyName(field.name),
      type: fieldType(field, names, options) as string,
      docs: docText(field.documentation),
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
      name: propertyName(field.name),
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
    return `${propertyName(field.name)}: ${field.isList ? `${node}[]` : field.isOptional ? `${node} | null` : node}`;
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
    name: propertyName(field.name),
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
      ? `{ ${propertyName(criterion.name)}: { ${criterion.fields.map((name) => `${propertyName(name)}: ${typeOf(name)}`).join("; ")} } }`
      : `{ ${propertyName(criterion.name)}: ${typeOf(criterion.name)} }`,
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

/** The actions a model's delegate has: views and models without a unique criterion only read. */
export function delegateActions(model: Model): Action[] {
  const hasUnique = uniqueCriteria(model).length > 0;
  const writes: Action[] = model.kind === "view" || !hasUnique ? [] : ["create", "update", "delete"];
  return [...(hasUnique ? (["findUnique"] as const) : []), "findMany", ...writes];
}

/** The delegate actions. */
export type Action = "findUnique" | "findMany" | "create" | "update" | "delete";

function emitDelegate(context: EmitContext, model: Model, own: ModelNames): void {
  const result = (shape: string) => `globalThis.Promise<${shape}>`;
  const signatures: Readonly<Record<Action, { args: string; optional?: boolean; returns: string }>> = {
    findUnique: {
      args: `{ where: ${own.whereUniqueInput}; include?: I }`,
      returns: result(`${own.payload}<I> | null`),
    },
    findMany: {
      args: `{ where?: ${own.whereInput}; include?: I; skip?: number; take?: number }`,
      optional: true,
      returns: result(`${own.payload}<I>[]`),
    },
    create: { args: `{ data: ${own.createInput}; include?: I }`, returns: result(`${own.payload}<I>`) },
    update: {
      args: `{ where: ${own.whereUniqueInput}; data: ${own.updateInput}; include?: I }`,
      returns: result(`${own.payload}<I>`),
    },
    delete: { args: `{ where: ${own.whereUniqueInput}; include?: I }`, returns: result(`${own.payload}<I>`) },
  };
  context.add({
    kind: "interface",
    isExported: true,
    name: own.delegate,
    docs: [
      {
        description: `The \`${own.property}\` part of the client: each call becomes one transport request, and its result has the shape its \`include\` asks for.`,
      },
    ],
    methods: delegateActions(model).map((action) => ({
      name: action,
      typeParameters: [{ name: "I", constraint: `${own.include} | undefined`, default: "undefined" }],
      parameters: [
        { name: "args", type: signatures[action].args, hasQuestionToken: signatures[action].optional === true },
      ],
      returnType: signatures[action].returns,
    })),
  });
}
