import type { ScalarField } from "@cardinal/core";
import {
  type Model,
  type ModelIndex,
  propertyKey,
  type RelationField,
  type SchemaModel,
  uniqueCriteria,
} from "@cardinal/core";
import type { ModelNames, Names } from "../../naming.js";
import type { ResolvedTypesOptions } from "../../options.js";
import { baseType, clientScalarFields } from "../../type-mapping.js";
import type { ModelClientNames } from "./client-names.js";
import { alias, iface, inline, member, union } from "./text.js";

/** Everything the per-model builders need. */
export interface ClientModelContext {
  readonly schema: SchemaModel;
  /** Lookups over `schema`, built once per generation. */
  readonly index: ModelIndex;
  readonly names: Names;
  readonly client: ReadonlyMap<string, ModelClientNames>;
  readonly options: ResolvedTypesOptions;
}

/** The operations of the client, in the order delegates list them. */
export const clientActions = [
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "create",
  "createMany",
  "update",
  "updateMany",
  "upsert",
  "delete",
  "deleteMany",
] as const;

/** One client operation. */
export type ClientAction = (typeof clientActions)[number];

/** A model's operations: without a unique criterion there is no `findUnique` and no write; a view only reads. */
export function modelActions(model: Model): ClientAction[] {
  const hasUnique = uniqueCriteria(model).length > 0;
  const writes = model.kind === "model" && hasUnique;
  return clientActions.filter((action) => {
    if (action.startsWith("findUnique")) return hasUnique;
    if (action.startsWith("find") || action === "count") return true;
    return writes;
  });
}

/** A model's operations when it lacks some (a view, no unique criterion); undefined when it has every one. */
export function restrictedActions(model: Model): ClientAction[] | undefined {
  const actions = modelActions(model);
  return actions.length === clientActions.length ? undefined : actions;
}

/** Relation fields the client has: not `@ignore`d, towards a model the client has. */
export function clientRelations(model: Model, context: ClientModelContext): RelationField[] {
  return model.fields.filter(
    (field): field is RelationField =>
      field.kind === "relation" && !field.isIgnored && context.names.models.has(field.type),
  );
}

/** Foreign key fields of a model: optional in create data, as a nested `connect` may set them (id lists are lists). */
function foreignKeyFields(model: Model, index: ModelIndex): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const relation of index.relationsOf(model.name))
    if (relation.kind !== "many-to-many" && relation.foreignKey.holder === model.name)
      for (const name of relation.foreignKey.fields) keys.add(name);
  return keys;
}

/** The element type of a scalar field in results. */
function elementType(field: ScalarField, context: ClientModelContext): string {
  return baseType(field.type, context.names, context.options) as string;
}

/** The element type of a scalar field in arguments: a decimal may also be given as a number, as Prisma allows. */
function inputType(field: ScalarField, context: ClientModelContext): string {
  const type = elementType(field, context);
  const decimalString = field.type.kind === "scalar" && field.type.name === "Decimal" && type !== "number";
  return decimalString ? `${type} | number` : type;
}

function scalarFilter(field: ScalarField, context: ClientModelContext): string {
  const type = inputType(field, context);
  if (field.isList) return `$List<${type}>`;
  const n = field.isOptional ? ", null" : "";
  if (field.type.kind !== "scalar") return `$Equal<${type}${n}>`;
  switch (field.type.name) {
    case "String":
      return `$Text<${field.isOptional ? "null" : ""}>`.replace("<>", "");
    case "Boolean":
      return `$Bool<${field.isOptional ? "null" : ""}>`.replace("<>", "");
    case "Json":
      return `$JsonFilter<${type}${field.isOptional ? " | null" : ""}>`;
    case "Bytes":
      return `$Equal<${type}${n}>`;
    default:
      return `$Compare<${type}${n}>`;
  }
}

function relationTypes(field: RelationField, context: ClientModelContext) {
  const other = context.client.get(field.type) as ModelClientNames;
  const n = field.isOptional ? ", null" : "";
  return {
    other,
    select: field.isList ? `boolean | $FindManyArgs<${other.shape}>` : `boolean | $Pick<${other.shape}>`,
    filter: field.isList ? `$Some<${other.where}>` : `$Is<${other.where}${n}>`,
    orderBy: field.isList ? "{ _count?: $SortOrder }" : other.orderBy,
    create: field.isList ? `$ManyCreate<${other.shape}>` : `$OneCreate<${other.shape}>`,
    update: field.isList ? `$ManyUpdate<${other.shape}>` : `$OneUpdate<${other.shape}>`,
    object: field.isList ? `${other.shape}[]` : `${other.shape}${field.isOptional ? " | null" : ""}`,
  };
}

/** `where`'s combinators: a field of the same name gives its key up to them. */
const combinators: ReadonlySet<string> = new Set(["AND", "OR", "NOT"]);

/** The eight client types of one model, as text. */
export function clientModelText(model: Model, context: ClientModelContext): string {
  const own = context.names.models.get(model.name) as ModelNames;
  const names = context.client.get(model.name) as ModelClientNames;
  const scalars = clientScalarFields(model.fields);
  const relations = clientRelations(model, context).map((field) => ({
    field,
    key: propertyKey(field.name),
    ...relationTypes(field, context),
  }));
  const lists = relations.filter(({ field }) => field.isList);
  // A field called `_count` keeps its name in select and include; the relation counts then have none.
  const hasCountField = model.fields.some((field) => field.name === "_count");
  const count =
    lists.length > 0 && !hasCountField
      ? [
          member(
            "_count",
            `boolean | { select?: ${inline(lists.map(({ key, other }) => member(key, `boolean | { where?: ${other.where} }`)))} }`,
          ),
        ]
      : [];
  const keys = scalars.map((field) => propertyKey(field.name));
  const value = (field: ScalarField) => inputType(field, context);
  const foreignKeys = foreignKeyFields(model, context.index);
  const optionalOnCreate = (field: ScalarField) =>
    field.isOptional || field.isList || field.default !== undefined || field.isUpdatedAt || foreignKeys.has(field.name);
  const createType = (field: ScalarField) =>
    field.isList
      ? `${value(field)}[] | { set: ${value(field)}[] }`
      : `${value(field)}${field.isOptional ? " | null" : ""}`;
  const updateType = (field: ScalarField) => {
    const n = field.isOptional ? ", null" : "";
    if (field.isList) return `$Push<${value(field)}>`;
    const numeric = field.type.kind === "scalar" && ["Int", "Float", "BigInt", "Decimal"].includes(field.type.name);
    return numeric ? `$Arith<${value(field)}${n}>` : `$Set<${value(field)}${field.isOptional ? " | null" : ""}>`;
  };
  const unique = uniqueCriteria(model)
    .filter((criterion) => criterion.fields.every((name) => scalars.some((field) => field.name === name)))
    .map((criterion) => {
      const typeOf = (name: string) => value(scalars.find((field) => field.name === name) as ScalarField);
      const inner = criterion.fields.map((name) => `${propertyKey(name)}: ${typeOf(name)}`).join("; ");
      return criterion.isCompound
        ? `{ ${propertyKey(criterion.name)}: { ${inner} } }`
        : `{ ${propertyKey(criterion.name)}: ${typeOf(criterion.name)} }`;
    });
  const sortable = scalars.filter((field) => field.type.kind !== "composite");
  const declarations = [
    iface(
      `What the client knows of \`${model.name}\`: its row, relations and inputs.`,
      names.shape,
      [
        member("scalars", own.row, false),
        member("objects", inline(relations.map(({ key, object }) => member(key, object, false))), false),
        member("counts", inline(relations.map(({ key }) => member(key, "number", false))), false),
        member("select", names.select, false),
        member("include", relations.length > 0 ? names.include : "never", false),
        member("where", names.where, false),
        member("unique", names.unique, false),
        member("orderBy", names.orderBy, false),
        member("field", union(scalars.map((field) => JSON.stringify(field.name))), false),
        member("create", names.create, false),
        member("update", names.update, false),
      ],
      "$Shape",
    ),
    iface(`The fields and relations of \`${model.name}\` a result has (\`select\`).`, names.select, [
      ...keys.map((key) => member(key, "boolean")),
      ...relations.map(({ key, select }) => member(key, select)),
      ...count,
    ]),
    iface(`The relations of \`${model.name}\` a result adds to its fields (\`include\`).`, names.include, [
      ...relations.map(({ key, select }) => member(key, select)),
      ...count,
    ]),
    iface(`Rows of \`${model.name}\` that match (\`where\`).`, names.where, [
      member("AND", `$Many<${names.where}>`),
      member("OR", `${names.where}[]`),
      member("NOT", `$Many<${names.where}>`),
      // A field called AND, OR or NOT cannot be filtered by name: the combinator has the key (as in Prisma).
      ...scalars
        .filter((field) => !combinators.has(field.name))
        .map((field) => member(propertyKey(field.name), scalarFilter(field, context))),
      ...relations.filter(({ field }) => !combinators.has(field.name)).map(({ key, filter }) => member(key, filter)),
    ]),
    alias(
      `Exactly one \`${model.name}\`: one of its unique criteria, and more conditions if you like.`,
      names.unique,
      unique.length > 1
        ? `(${unique.join(" | ")}) & ${names.where}`
        : unique.length === 1
          ? `${unique[0]} & ${names.where}`
          : "never",
    ),
    iface(`How to sort rows of \`${model.name}\`.`, names.orderBy, [
      ...sortable.map((field) => member(propertyKey(field.name), field.isOptional ? "$NullableSort" : "$SortOrder")),
      ...relations.map(({ key, orderBy }) => member(key, orderBy)),
    ]),
    iface(`The data of a new \`${model.name}\`, with nested writes along its relations.`, names.create, [
      ...scalars.map((field) => member(propertyKey(field.name), createType(field), optionalOnCreate(field))),
      ...relations.map(({ key, create }) => member(key, create)),
    ]),
    iface(`Changes to a \`${model.name}\`, with nested writes along its relations.`, names.update, [
      ...scalars.map((field) => member(propertyKey(field.name), updateType(field))),
      ...relations.map(({ key, update }) => member(key, update)),
    ]),
  ];
  const actions = restrictedActions(model);
  const delegate =
    actions === undefined
      ? `$Delegate<${names.shape}>`
      : `$Only<$Delegate<${names.shape}>, ${union(actions.map((action) => JSON.stringify(action)))}>`;
  declarations.push(
    alias(
      `The \`${own.property}\` part of the client: Prisma Client's calls, each one transport request.`,
      own.delegate,
      delegate,
    ),
  );
  return declarations.join("\n\n");
}
