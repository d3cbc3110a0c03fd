import {
  type CompositeType,
  createModelIndex,
  type Enum,
  type JoinTable,
  type ManyToManyRelation,
  type Model,
  type ModelIndex,
  type OneToManyRelation,
  type OneToOneRelation,
  type Relation,
  type ScalarField,
  type SchemaModel,
} from "@cardinal/core";
import { compositeEntity, compositesUsedBy, embeddingLines } from "./composites.js";
import { attributeName, attributeType, quote } from "./escape.js";
import { naturalCompare } from "./natural-order.js";
import { matchesGlob, type ResolvedMermaidOptions } from "./options.js";

/** One attribute line: `type name KEYS "comment"`, every part already Mermaid-safe. */
export interface AttributeView {
  readonly type: string;
  readonly name: string;
  readonly keys: string | undefined;
  readonly comment: string | undefined;
}

/** One entity block; `id` is the quoted name relationship lines use, `label` the quoted alias. */
export interface EntityView {
  readonly key: string;
  readonly id: string;
  readonly label: string | undefined;
  readonly attributes: readonly AttributeView[];
}

/** One relationship line: `first left line right second : label`. */
export interface RelationshipView {
  /** Unquoted model names, for grouping. */
  readonly models: readonly [string, string];
  readonly first: string;
  readonly second: string;
  /** e.g. `||--o{`. */
  readonly cardinality: string;
  readonly label: string;
}

/** Everything one full diagram shows, before splitting. */
export interface DiagramContent {
  readonly entities: readonly EntityView[];
  readonly relationships: readonly RelationshipView[];
}

/** Models and views to draw, after include/exclude. */
export function selectModels(schema: SchemaModel, options: ResolvedMermaidOptions): Model[] {
  const included = (name: string) =>
    (options.include === undefined || options.include.some((glob) => matchesGlob(name, glob))) &&
    !options.exclude.some((glob) => matchesGlob(name, glob));
  return schema.models.filter((model) => included(model.name));
}

/** The diagram's entities and relationships for the selected models, in name order. */
export function buildDiagramContent(schema: SchemaModel, options: ResolvedMermaidOptions): DiagramContent {
  const models = selectModels(schema, options);
  const selected = new Set(models.map((model) => model.name));
  const relations = schema.relations.filter((relation) => endsOf(relation).every((model) => selected.has(model)));
  const foreignKeyFields = collectForeignKeyFields(schema.relations);
  const entities = models.map((model) => modelEntity(model, foreignKeyFields, options));
  const context: LineContext = { index: createModelIndex(schema), options };
  const relationships: RelationshipView[] = [];
  for (const relation of relations) {
    if (
      relation.kind === "many-to-many" &&
      relation.storage.kind === "join-table" &&
      options.manyToMany === "join-table"
    ) {
      const join = joinTable(relation.storage, context);
      entities.push(join.entity);
      relationships.push(...join.relationships);
    } else
      relationships.push(
        relation.kind === "many-to-many" ? manyToManyLine(relation, context) : foreignKeyLine(relation, context),
      );
  }
  const drawsAll = options.include === undefined && options.exclude.length === 0;
  const composites = drawsAll ? schema.compositeTypes : compositesUsedBy(models, schema);
  if (options.enums === "entities")
    entities.push(...enumsToDraw(drawsAll, models, composites, schema).map((item) => enumEntity(item, options)));
  if (options.compositeTypes === "entities") {
    const attributeOf = (field: ScalarField) => attribute(field, [], options);
    for (const model of models)
      relationships.push(...embeddingLines({ key: model.name, ...entityNames(model, options) }, scalarsOf(model)));
    for (const type of composites) {
      const entity = compositeEntity(type, attributeOf, options);
      entities.push(entity);
      relationships.push(...embeddingLines(entity, type.fields));
    }
  }
  return { entities: entities.sort((a, b) => naturalCompare(a.key, b.key)), relationships };
}

/** The two models a relation connects. */
export function endsOf(relation: Relation): [string, string] {
  return relation.kind === "many-to-many"
    ? [relation.a.model, relation.b.model]
    : [relation.foreignKey.referencedModel, relation.foreignKey.holder];
}

/** Fields that hold references: foreign keys, and MongoDB's id lists (each id in them refers to a document). */
function collectForeignKeyFields(relations: readonly Relation[]): Set<string> {
  const fields = new Set<string>();
  for (const relation of relations) {
    if (relation.kind !== "many-to-many") {
      for (const field of relation.foreignKey.fields) fields.add(`${relation.foreignKey.holder}.${field}`);
    } else if (relation.storage.kind === "id-lists") {
      for (const list of [relation.storage.a, relation.storage.b]) fields.add(`${list.holder}.${list.field}`);
    }
  }
  return fields;
}

function scalarsOf(model: Model): ScalarField[] {
  return model.fields.filter((field): field is ScalarField => field.kind === "scalar");
}

function entityNames(
  model: Pick<Model, "name" | "dbName">,
  options: ResolvedMermaidOptions,
): { id: string; label: string | undefined } {
  if (options.names === "database") return { id: quote(model.dbName), label: undefined };
  const label = options.names === "both" && model.dbName !== model.name ? quote(model.dbName) : undefined;
  return { id: quote(model.name), label };
}

function modelEntity(model: Model, foreignKeyFields: ReadonlySet<string>, options: ResolvedMermaidOptions): EntityView {
  const primaryKey = new Set(model.primaryKey?.fields.map((field) => field.name) ?? []);
  const unique = new Set(model.uniques.filter((u) => u.fields.length === 1).map((u) => u.fields[0]?.name));
  const attributes = scalarsOf(model)
    .map((field) => {
      const keys = [
        primaryKey.has(field.name) && "PK",
        foreignKeyFields.has(`${model.name}.${field.name}`) && "FK",
        unique.has(field.name) && "UK",
      ].filter((key): key is string => typeof key === "string");
      return { field, keys };
    })
    .filter(({ keys }) => options.attributes === "all" || (options.attributes === "keys" && keys.length > 0))
    .map(({ field, keys }) => attribute(field, keys, options));
  return { key: model.name, ...entityNames(model, options), attributes };
}

function attribute(field: ScalarField, keys: readonly string[], options: ResolvedMermaidOptions): AttributeView {
  const shownName = options.names === "database" ? field.dbName : field.name;
  const safeName = attributeName(shownName);
  const notes: string[] = [];
  if (safeName !== shownName) notes.push(`column ${shownName}`);
  else if (options.names === "both" && field.dbName !== field.name) notes.push(`column ${field.dbName}`);
  if (options.comments && field.documentation) notes.push(field.documentation);
  return {
    type: attributeType(typeName(field, options.compat), options.compat),
    name: safeName,
    keys: keys.length > 0 ? keys.join(", ") : undefined,
    comment: notes.length > 0 ? quote(notes.join("; ")) : undefined,
  };
}

function typeName(field: ScalarField, compat: boolean): string {
  const base = field.type.kind === "unsupported" ? "Unsupported" : field.type.name;
  const optional = field.isOptional && !compat ? "?" : "";
  return `${base}${field.isList ? "[]" : ""}${optional}`;
}

/** What drawing a relation needs: model lookups and the options. */
interface LineContext {
  readonly index: ModelIndex;
  readonly options: ResolvedMermaidOptions;
}

/**
 * An FK relation, parent first: the marker next to the parent says how many parents a child has (`||` exactly
 * one when the key is required, `|o` at most one when it is optional); the marker next to the child says how
 * many children a parent has (`o|` for one-to-one, `o{` for one-to-many). Identifying relations (the key inside
 * the child's primary key) are solid, the others dashed.
 */
function foreignKeyLine(
  relation: OneToOneRelation | OneToManyRelation,
  { index, options }: LineContext,
): RelationshipView {
  const { foreignKey, referenced } = relation;
  const parent = index.model(foreignKey.referencedModel) as Model;
  const child = index.model(foreignKey.holder) as Model;
  const left = foreignKey.isOptional ? "|o" : "||";
  const right = relation.kind === "one-to-one" ? "o|" : "o{";
  const line = foreignKey.isIdentifying ? "--" : "..";
  return {
    models: [parent.name, child.name],
    first: entityNames(parent, options).id,
    second: entityNames(child, options).id,
    cardinality: `${left}${line}${right}`,
    label: quote(referenced.field),
  };
}

/** A many-to-many (join table or id lists): zero or more on both sides, solid (as the notation has it). */
function manyToManyLine(relation: ManyToManyRelation, { index, options }: LineContext): RelationshipView {
  const a = index.model(relation.a.model) as Model;
  const b = index.model(relation.b.model) as Model;
  return {
    models: [a.name, b.name],
    first: entityNames(a, options).id,
    second: entityNames(b, options).id,
    cardinality: "}o--o{",
    label: quote(relation.a.field),
  };
}

/** The join table as an entity: `A` and `B` are its primary key and each a foreign key (identifying lines). */
function joinTable(
  table: JoinTable,
  { index, options }: LineContext,
): { entity: EntityView; relationships: RelationshipView[] } {
  const sides = [table.a, table.b].map((column) => {
    const model = index.model(column.model) as Model;
    const id = model.fields.find((field) => field.name === column.references) as ScalarField;
    return {
      column,
      model,
      type: attributeType(typeName({ ...id, isOptional: false, isList: false }, options.compat), options.compat),
    };
  });
  const entity: EntityView = {
    key: table.name,
    id: quote(table.name),
    label: undefined,
    attributes: sides.map(({ column, type }) => ({ type, name: column.name, keys: "PK, FK", comment: undefined })),
  };
  const relationships = sides.map(({ column, model }) => ({
    models: [model.name, table.name] as [string, string],
    first: entityNames(model, options).id,
    second: entity.id,
    cardinality: "||--o{",
    label: quote(column.name),
  }));
  return { entity, relationships };
}

/**
 * The enums a diagram shows: every enum when it draws the whole schema (one no field uses is still part of it, as
 * the other ER tools draw it); with `include`/`exclude`, those the drawn models and their composite types use.
 */
function enumsToDraw(
  drawsAll: boolean,
  models: readonly Model[],
  composites: readonly CompositeType[],
  schema: SchemaModel,
): readonly Enum[] {
  if (drawsAll) return schema.enums;
  const fields = [...models, ...composites].flatMap((owner) => owner.fields);
  const used = new Set(
    fields.flatMap((field) => (field.kind === "scalar" && field.type.kind === "enum" ? [field.type.name] : [])),
  );
  return schema.enums.filter((item) => used.has(item.name));
}

function enumEntity(item: Enum, options: ResolvedMermaidOptions): EntityView {
  const name = options.names === "database" ? item.dbName : item.name;
  return {
    key: item.name,
    id: quote(name),
    label: quote(`enum ${name}`),
    attributes: item.values.map((value) => {
      const shown = options.names === "database" ? value.dbName : value.name;
      const safe = attributeName(shown);
      const comment =
        options.comments && value.documentation
          ? quote(value.documentation)
          : safe !== shown
            ? quote(`value ${shown}`)
            : undefined;
      return { type: "value", name: safe, keys: undefined, comment };
    }),
  };
}
