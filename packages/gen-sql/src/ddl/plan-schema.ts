import {
  type ConstraintKind,
  createModelIndex,
  defaultConstraintName,
  type Enum,
  type JoinTable,
  type ManyToManyRelation,
  type Model,
  type ModelIndex,
  type OneToManyRelation,
  type OneToOneRelation,
  type Provider,
  type ScalarField,
  type SchemaModel,
} from "@cardinal/core";
import type { AddForeignKeyNode, ColumnNode, CreateIndexNode, DdlNode, EnumType, QualifiedName } from "./nodes.js";
import { columnNamesOf, planModelIndexes } from "./plan-indexes.js";

/** What planning needs besides the model. */
export interface PlanContext {
  /** The provider whose identifier limit shortens default constraint names. */
  readonly provider: Provider;
  /** Keep `///` comments as comment nodes. */
  readonly comments: boolean;
}

interface Planner {
  readonly schema: SchemaModel;
  readonly index: ModelIndex;
  readonly context: PlanContext;
  readonly enums: ReadonlyMap<string, Enum>;
}

/**
 * The dialect-neutral DDL of a schema: schemas, enums, tables (models, then implicit join tables), indexes,
 * foreign keys, comments. Tables and everything else come in name order, never in declaration order.
 * Views are not created (Prisma does not migrate them); `@@ignore`d models and fields are.
 */
export function planSchema(schema: SchemaModel, context: PlanContext): DdlNode[] {
  const planner: Planner = {
    schema,
    index: createModelIndex(schema),
    context,
    enums: new Map(schema.enums.map((e) => [e.name, e])),
  };
  const tableless = new Set(tablelessModels(schema, context.provider));
  const models = schema.models.filter((model) => model.kind === "model" && !tableless.has(model));
  const joins = schema.relations.filter(
    (relation): relation is JoinTableRelation =>
      relation.kind === "many-to-many" && relation.storage.kind === "join-table",
  );
  const foreignKeys =
    schema.datasource?.relationMode === "prisma" ? [] : schema.relations.filter((r) => r.kind !== "many-to-many");
  return [
    ...planSchemas(schema),
    ...planExtensions(schema),
    ...schema.enums.map((item) => ({ kind: "createEnum" as const, type: enumType(item) })),
    ...models.map((model) => planTable(model, planner)),
    ...joins.map((relation) => planJoinTable(relation, planner)),
    ...models.flatMap((model) => planIndexes(model, planner)),
    ...joins.map((relation) => joinIndex(relation, planner)),
    ...sortForeignKeys([
      ...foreignKeys.map((relation) => planForeignKey(relation, planner)),
      ...(schema.datasource?.relationMode === "prisma"
        ? []
        : joins.flatMap((relation) => joinForeignKeys(relation, planner))),
    ]),
    ...(context.comments ? models.flatMap(planComments) : []),
  ];
}

/**
 * The models that get no table in this provider's SQL: those without a column (only an `@@ignore`d model can have
 * none), where the engine cannot create a table without columns (SQLite, MySQL; PostgreSQL can).
 */
export function tablelessModels(schema: SchemaModel, provider: Provider): Model[] {
  if (provider !== "sqlite" && provider !== "mysql") return [];
  return schema.models.filter((model) => model.kind === "model" && scalarFields(model).length === 0);
}

/** Foreign keys by table, then constraint name: stable and easy to scan. */
function sortForeignKeys(nodes: readonly AddForeignKeyNode[]): AddForeignKeyNode[] {
  const keyOf = (node: AddForeignKeyNode) => `${node.table.schema ?? ""}\u0000${node.table.name}\u0000${node.name}`;
  return [...nodes].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/** Non-default database schemas of a multi-schema datasource (PostgreSQL's `public` always exists). */
function planSchemas(schema: SchemaModel): DdlNode[] {
  const names = (schema.datasource?.schemas ?? []).filter((name) => name !== "public");
  return [...names].sort().map((name) => ({ kind: "createSchema" as const, name }));
}

/** `extensions = [...]` of a PostgreSQL datasource, in the model's order (by Prisma name, as Prisma writes them). */
function planExtensions(schema: SchemaModel): DdlNode[] {
  const provider = schema.datasource?.provider;
  if (provider !== "postgresql" && provider !== "cockroachdb") return [];
  return (schema.datasource?.extensions ?? []).map((extension) => ({
    kind: "createExtension" as const,
    name: extension.dbName,
    schema: extension.schema,
    version: extension.version,
  }));
}

/** A table name; `public` is left implicit, as Prisma does. */
export function tableName(model: Pick<Model, "dbName" | "schema">): QualifiedName {
  return { schema: model.schema === "public" ? undefined : model.schema, name: model.dbName };
}

function enumType(item: Enum): EnumType {
  const values = item.values.map(({ name, dbName }) => ({ name, dbName }));
  return { schema: item.schema === "public" ? undefined : item.schema, name: item.dbName, values };
}

function scalarFields(model: Model): ScalarField[] {
  return model.fields.filter((field): field is ScalarField => field.kind === "scalar");
}

function column(field: ScalarField, model: Model, planner: Planner): ColumnNode {
  const pk = model.primaryKey;
  const isSinglePrimaryKey = pk?.fields.length === 1 && pk.fields[0]?.name === field.name;
  const enumDef = field.type.kind === "enum" ? planner.enums.get(field.type.name) : undefined;
  return {
    name: field.dbName,
    field,
    enumType: enumDef ? enumType(enumDef) : undefined,
    // Prisma stores scalar lists as nullable arrays: the list itself is required, NULL means empty.
    notNull: !field.isOptional && !field.isList,
    autoIncrement: field.default?.kind === "function" && field.default.name === "autoincrement",
    primaryKey: isSinglePrimaryKey,
    // Doc comments travel as comment nodes; dialects that declare them inline fold them back in.
    comment: undefined,
  };
}

const columnNames = columnNamesOf;

function constraintName(
  kind: ConstraintKind,
  table: string,
  columns: readonly string[],
  mapName: string | undefined,
  planner: Planner,
): string {
  return mapName ?? defaultConstraintName(kind, table, columns, planner.context.provider);
}

function planTable(model: Model, planner: Planner): DdlNode {
  const table = tableName(model);
  const pk = model.primaryKey;
  const pkColumns = pk
    ? columnNames(
        model,
        pk.fields.map((f) => f.name),
      )
    : [];
  return {
    kind: "createTable",
    table,
    columns: scalarFields(model).map((field) => column(field, model, planner)),
    primaryKey: pk
      ? {
          name: constraintName("primaryKey", model.dbName, pkColumns, pk.mapName, planner),
          columns: pkColumns,
          lengths: pk.fields.map((field) => field.length),
        }
      : undefined,
    inlineIndexes: [],
    inlineForeignKeys: [],
    implicitJoin: false,
    comment: undefined,
  };
}

function planIndexes(model: Model, planner: Planner): CreateIndexNode[] {
  return planModelIndexes(model, tableName(model), planner.context.provider);
}

function planForeignKey(relation: OneToOneRelation | OneToManyRelation, planner: Planner): AddForeignKeyNode {
  const { foreignKey } = relation;
  const holder = planner.index.model(foreignKey.holder) as Model;
  const target = planner.index.model(foreignKey.referencedModel) as Model;
  const columns = columnNames(holder, foreignKey.fields);
  return {
    kind: "addForeignKey",
    table: tableName(holder),
    name: constraintName("foreignKey", holder.dbName, columns, foreignKey.mapName, planner),
    columns,
    referencedTable: tableName(target),
    referencedColumns: columnNames(target, foreignKey.references),
    onDelete: foreignKey.onDelete.effective,
    onUpdate: foreignKey.onUpdate.effective,
  };
}

/** An implicit many-to-many relation with its join table (MongoDB's id lists have none). */
type JoinTableRelation = ManyToManyRelation & { readonly storage: JoinTable };

/** The join table of an implicit m-n: `_Name` with `A` and `B`, typed like the ids they reference. */
function planJoinTable(relation: JoinTableRelation, planner: Planner): DdlNode {
  const { storage: joinTable } = relation;
  const side = (end: typeof joinTable.a): ColumnNode => {
    const model = planner.index.model(end.model) as Model;
    const id = model.fields.find((field) => field.name === end.references) as ScalarField;
    const enumDef = id.type.kind === "enum" ? planner.enums.get(id.type.name) : undefined;
    const field: ScalarField = {
      ...id,
      name: end.name,
      dbName: end.name,
      default: undefined,
      isOptional: false,
      isList: false,
      documentation: undefined,
    };
    return {
      name: end.name,
      field,
      enumType: enumDef ? enumType(enumDef) : undefined,
      notNull: true,
      autoIncrement: false,
      primaryKey: false,
      comment: undefined,
    };
  };
  return {
    kind: "createTable",
    table: joinTableName(relation, planner),
    columns: [side(joinTable.a), side(joinTable.b)],
    // Prisma keys the join table by (A, B); dialects without a named composite key turn it into a unique index.
    primaryKey: { name: `${joinTable.name}_AB_pkey`, columns: ["A", "B"] },
    inlineIndexes: [],
    inlineForeignKeys: [],
    implicitJoin: true,
    comment: undefined,
  };
}

function joinTableName(relation: JoinTableRelation, planner: Planner): QualifiedName {
  const model = planner.index.model(relation.storage.a.model) as Model;
  return { schema: tableName(model).schema, name: relation.storage.name };
}

function joinIndex(relation: JoinTableRelation, planner: Planner): CreateIndexNode {
  const name = `${relation.storage.name}_B_index`;
  return {
    kind: "createIndex",
    table: joinTableName(relation, planner),
    name,
    unique: false,
    fulltext: false,
    columns: [{ name: "B", sort: undefined, length: undefined, ops: undefined }],
    algorithm: undefined,
    where: undefined,
  };
}

function joinForeignKeys(relation: JoinTableRelation, planner: Planner): AddForeignKeyNode[] {
  const table = joinTableName(relation, planner);
  return [relation.storage.a, relation.storage.b].map((end) => {
    const model = planner.index.model(end.model) as Model;
    return {
      kind: "addForeignKey" as const,
      table,
      name: `${relation.storage.name}_${end.name}_fkey`,
      columns: [end.name],
      referencedTable: tableName(model),
      referencedColumns: columnNames(model, [end.references]),
      onDelete: "Cascade" as const,
      onUpdate: "Cascade" as const,
    };
  });
}

function planComments(model: Model): DdlNode[] {
  const table = tableName(model);
  const modelText = model.documentation;
  const tableComment = modelText ? [{ kind: "comment" as const, table, column: undefined, text: modelText }] : [];
  const columnComments = scalarFields(model).flatMap((field) => {
    const text = field.documentation;
    return text ? [{ kind: "comment" as const, table, column: field.dbName, text }] : [];
  });
  return [...tableComment, ...columnComments];
}
