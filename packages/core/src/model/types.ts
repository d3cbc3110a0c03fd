/**
 * Cardinal's relation model: plain, deeply readonly data. Every generator reads this and nothing else.
 * Lists are sorted by name, so output never depends on declaration order. Lookups live in `lookup.ts`.
 */

/** Where a declaration was written: file path and zero-based line/character range. */
export interface SourceLocation {
  readonly file: string;
  readonly range: import("../diagnostics/diagnostic.js").Range;
}

/** One `///` line of a doc comment: its text (after `///`, trimmed) and where it is written. */
export interface DocumentationLine {
  readonly text: string;
  readonly location: SourceLocation;
}

/** Prisma's scalar types. */
export type ScalarTypeName =
  | "String"
  | "Boolean"
  | "Int"
  | "BigInt"
  | "Float"
  | "Decimal"
  | "DateTime"
  | "Json"
  | "Bytes";

/** All scalar type names, in a fixed order. */
export const scalarTypeNames: readonly ScalarTypeName[] = [
  "String",
  "Boolean",
  "Int",
  "BigInt",
  "Float",
  "Decimal",
  "DateTime",
  "Json",
  "Bytes",
];

/** The database providers Prisma knows. */
export type Provider = "postgresql" | "cockroachdb" | "mysql" | "sqlite" | "sqlserver" | "mongodb";

/** The datasource block. */
export interface Datasource {
  readonly name: string;
  readonly provider: Provider;
  /** `foreignKeys` (default; the database enforces relations) or `prisma` (no foreign keys). */
  readonly relationMode: "foreignKeys" | "prisma";
  /** `schemas = [...]` for multi-schema databases; empty when not given. */
  readonly schemas: readonly string[];
  /** `extensions = [...]` (PostgreSQL, `postgresqlExtensions` preview feature), sorted by name; empty when not given. */
  readonly extensions: readonly DatabaseExtension[];
}

/** A PostgreSQL extension of `extensions = [pgvector(map: "vector", schema: "ext", version: "0.5.0")]`. */
export interface DatabaseExtension {
  /** The name as written in the schema (`pgvector`). */
  readonly name: string;
  /** `map:` or the name: the extension's name in the database (`vector`). */
  readonly dbName: string;
  /** `schema:`, the database schema to install it in, if given. */
  readonly schema: string | undefined;
  /** `version:`, if given. */
  readonly version: string | undefined;
}

/** A `generator` block, kept for tools that read it. */
export interface GeneratorConfig {
  readonly name: string;
  readonly provider: string | undefined;
  readonly output: string | undefined;
  readonly previewFeatures: readonly string[];
  /** Where the block's name is written. */
  readonly location: SourceLocation;
  /** Every `key = value` of the block, in the order written (`provider` and `output` included). */
  readonly properties: readonly GeneratorProperty[];
}

/** One `key = value` of a generator block, e.g. `sql_dialects = "postgresql,sqlite"`. */
export interface GeneratorProperty {
  readonly key: string;
  /** Strings, numbers and bare words (`true`) as their text; a list of them as a list; `env(...)` and others undefined. */
  readonly value: string | readonly string[] | undefined;
  /** Where the property is written (its key). */
  readonly location: SourceLocation;
}

/** A field's type, by kind. */
export type FieldType =
  | { readonly kind: "scalar"; readonly name: ScalarTypeName }
  | { readonly kind: "enum"; readonly name: string }
  | { readonly kind: "composite"; readonly name: string }
  | { readonly kind: "unsupported"; readonly databaseType: string };

/** A default value, resolved. */
export type DefaultValue =
  | { readonly kind: "literal"; readonly value: string | number | boolean; readonly raw: string }
  | { readonly kind: "enum"; readonly value: string }
  | { readonly kind: "list"; readonly values: readonly DefaultValue[] }
  | {
      readonly kind: "function";
      readonly name:
        | "autoincrement"
        | "now"
        | "uuid"
        | "cuid"
        | "nanoid"
        | "ulid"
        | "dbgenerated"
        | "sequence"
        | "auto";
      /** Arguments as written: `uuid(7)` → [7]; `dbgenerated("gen_random_uuid()")` → ["gen_random_uuid()"]. */
      readonly args: readonly (string | number)[];
    };

/** `@db.VarChar(255)`: the native type name and its arguments as written. */
export interface NativeType {
  readonly name: string;
  readonly args: readonly string[];
}

/** A column of a model (or a field of a composite type). */
export interface ScalarField {
  readonly kind: "scalar";
  readonly name: string;
  /** `@map` or the name. */
  readonly dbName: string;
  readonly type: FieldType;
  readonly isList: boolean;
  readonly isOptional: boolean;
  readonly default: DefaultValue | undefined;
  readonly nativeType: NativeType | undefined;
  readonly isUpdatedAt: boolean;
  /** `@ignore`. */
  readonly isIgnored: boolean;
  /** The `///` doc comment, without `@renamedFrom` lines. */
  readonly documentation: string | undefined;
  /** The old name a `/// @renamedFrom old` line gives (for migrations), if any. */
  readonly renamedFrom: string | undefined;
  /** The `///` lines of the doc comment (all of them), each with its location (for diagnostics about a comment). */
  readonly documentationLines: readonly DocumentationLine[];
  readonly location: SourceLocation;
}

/** A field whose type is another model; it does not exist in the database. */
export interface RelationField {
  readonly kind: "relation";
  readonly name: string;
  /** The model at the other end. */
  readonly type: string;
  readonly isList: boolean;
  readonly isOptional: boolean;
  /** The relation this field belongs to (`Relation.name`). */
  readonly relationName: string;
  readonly isIgnored: boolean;
  readonly documentation: string | undefined;
  readonly location: SourceLocation;
}

/** Any field of a model. */
export type Field = ScalarField | RelationField;

/** A primary key: `@id` or `@@id`. */
export interface PrimaryKey {
  readonly fields: readonly IndexField[];
  /** `name:` of `@@id` (the client's compound name), if given. */
  readonly name: string | undefined;
  /** `map:` (the database constraint name), if given. */
  readonly mapName: string | undefined;
  readonly isCompound: boolean;
  /** `clustered:` (SQL Server), if given. */
  readonly clustered: boolean | undefined;
}

/**
 * An index column's operator class (`ops:`, PostgreSQL): one Prisma names (`JsonbPathOps`, `GinTrgmOps`...)
 * or a database name written as `raw("gin_trgm_ops")`.
 */
export type OperatorClass =
  | { readonly kind: "named"; readonly name: string }
  | { readonly kind: "raw"; readonly value: string };

/** A field inside an index or key, with optional sort order, length and operator class. */
export interface IndexField {
  readonly name: string;
  readonly sort: "Asc" | "Desc" | undefined;
  readonly length: number | undefined;
  /** `ops:` of the field (PostgreSQL operator class), if given. */
  readonly ops: OperatorClass | undefined;
}

/** `@unique`, `@@unique`, `@@index` or `@@fulltext`. */
export interface IndexDefinition {
  readonly kind: "unique" | "index" | "fulltext";
  readonly fields: readonly IndexField[];
  readonly name: string | undefined;
  readonly mapName: string | undefined;
  /** True for `@unique` on a field, false for the block forms. */
  readonly isFieldLevel: boolean;
  /** `type:` (e.g. `Hash`, `Gin`), if given. */
  readonly algorithm: string | undefined;
  /** `clustered:` (SQL Server), if given. */
  readonly clustered: boolean | undefined;
  /**
   * `where:` (preview feature `partialIndexes`, Prisma 7; PostgreSQL, CockroachDB, SQLite, SQL Server): the index
   * covers only the rows that match, and a partial unique constraint only forbids duplicates among them. Absent
   * for a full index.
   * @example `@@unique([email], where: raw("deleted_at IS NULL"))` → `{ kind: "raw", sql: "deleted_at IS NULL" }`
   */
  readonly where?: IndexPredicate;
}

/**
 * The rows a partial index covers: SQL written with `raw("...")`, or conditions written as an object
 * (`{ active: true, deletedAt: null }`), all of which must hold.
 */
export type IndexPredicate =
  | { readonly kind: "raw"; readonly sql: string }
  | { readonly kind: "conditions"; readonly conditions: readonly IndexCondition[] };

/** One condition of a partial index: `field: value` (equals, or `IS NULL`) or `field: { not: value }`. */
export interface IndexCondition {
  /** The field's name in the schema (generators map it to its column). */
  readonly field: string;
  /** True for `{ not: value }`. */
  readonly negated: boolean;
  readonly value: IndexConditionValue;
}

/** A literal of a partial index condition; numbers keep their written form. */
export type IndexConditionValue =
  | { readonly kind: "null" }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "number"; readonly raw: string }
  | { readonly kind: "string"; readonly value: string };

/** A model or view. */
export interface Model {
  readonly kind: "model" | "view";
  readonly name: string;
  /** `@@map` or the name. */
  readonly dbName: string;
  /** `@@schema`, for multi-schema databases. */
  readonly schema: string | undefined;
  /** Fields in declaration order (order matters for columns). */
  readonly fields: readonly Field[];
  readonly primaryKey: PrimaryKey | undefined;
  /** Unique constraints (field-level first in field order, then block-level in declaration order). */
  readonly uniques: readonly IndexDefinition[];
  /** `@@index` and `@@fulltext`. */
  readonly indexes: readonly IndexDefinition[];
  readonly isIgnored: boolean;
  /** The `///` doc comment, without `@renamedFrom` lines. */
  readonly documentation: string | undefined;
  /** The old name a `/// @renamedFrom Old` line gives (for migrations), if any. */
  readonly renamedFrom: string | undefined;
  /** The `///` lines of the doc comment (all of them), each with its location (for diagnostics about a comment). */
  readonly documentationLines: readonly DocumentationLine[];
  readonly location: SourceLocation;
}

/** A `type` block (MongoDB composite type). */
export interface CompositeType {
  readonly name: string;
  readonly fields: readonly ScalarField[];
  readonly documentation: string | undefined;
  readonly location: SourceLocation;
}

/** An enum value with its database name. */
export interface EnumValue {
  readonly name: string;
  readonly dbName: string;
  readonly documentation: string | undefined;
}

/** An enum. */
export interface Enum {
  readonly name: string;
  readonly dbName: string;
  readonly schema: string | undefined;
  readonly values: readonly EnumValue[];
  /** The `///` doc comment, without `@renamedFrom` lines. */
  readonly documentation: string | undefined;
  /** The old name a `/// @renamedFrom Old` line gives (for migrations), if any. */
  readonly renamedFrom: string | undefined;
  readonly location: SourceLocation;
}

/** Prisma's referential actions. */
export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

/** A referential action as written (`declared`) and as in force after Prisma's defaults (`effective`). */
export interface ReferentialActionInfo {
  readonly declared: ReferentialAction | undefined;
  readonly effective: ReferentialAction;
}

/** One end of a relation: a relation field of a model. */
export interface RelationEnd {
  readonly model: string;
  readonly field: string;
  readonly isList: boolean;
  readonly isOptional: boolean;
}

/** The foreign key of a one-to-one or one-to-many relation. */
export interface ForeignKey {
  /** The model that holds the foreign key (the `@relation(fields: ...)` side). */
  readonly holder: string;
  /** Foreign key fields of the holder, in order. */
  readonly fields: readonly string[];
  /** The referenced model. */
  readonly referencedModel: string;
  /** Referenced fields, pairwise with `fields`. */
  readonly references: readonly string[];
  /** The key's fields are exactly a unique criterion (or the id) of the holder. */
  readonly isUnique: boolean;
  /**
   * Every foreign key field is part of the holder's primary key: an identifying relationship (the shared
   * primary key pattern when the key is exactly the primary key).
   */
  readonly isIdentifying: boolean;
  /** At least one foreign key field is optional, so the relation may be absent. */
  readonly isOptional: boolean;
  readonly onDelete: ReferentialActionInfo;
  readonly onUpdate: ReferentialActionInfo;
  /** `map:` of `@relation` (the constraint name), if given. */
  readonly mapName: string | undefined;
}

/** Relation kinds. */
export type RelationKind = "one-to-one" | "one-to-many" | "many-to-many";

/** Shared by every relation kind. */
interface RelationBase {
  /** The relation's name: the one written in `@relation("...")`, else Prisma's default (`AToB`, sorted). */
  readonly name: string;
  /** Whether the name was written in the schema. */
  readonly isNamed: boolean;
  /** Both ends are the same model. */
  readonly isSelf: boolean;
}

/**
 * A one-to-one relation: `holder` has the foreign key and is the `@relation(fields:...)` side; `referenced`
 * is the back-relation side (always optional).
 */
export interface OneToOneRelation extends RelationBase {
  readonly kind: "one-to-one";
  readonly holder: RelationEnd;
  readonly referenced: RelationEnd;
  readonly foreignKey: ForeignKey;
}

/** A one-to-many relation: `holder` (the "many" side) has the foreign key; `referenced` has the list field. */
export interface OneToManyRelation extends RelationBase {
  readonly kind: "one-to-many";
  readonly holder: RelationEnd;
  readonly referenced: RelationEnd;
  readonly foreignKey: ForeignKey;
}

/** A column of an implicit many-to-many join table. */
export interface JoinTableColumn {
  /** `A` or `B`. */
  readonly name: "A" | "B";
  readonly model: string;
  /** The referenced id field of `model`. */
  readonly references: string;
}

/**
 * Where the pairs of an implicit many-to-many relation live on SQL databases: the join table `_RelationName`,
 * columns `A` and `B`.
 */
export interface JoinTable {
  readonly kind: "join-table";
  readonly name: string;
  readonly a: JoinTableColumn;
  readonly b: JoinTableColumn;
}

/**
 * One side's id list of a MongoDB many-to-many relation: `tagIds String[] @db.ObjectId` in `Post`, named by
 * `tags Tag[] @relation(fields: [tagIds], references: [id])`.
 */
export interface IdList {
  /** The model whose documents hold the list (`Post`). */
  readonly holder: string;
  /** The scalar list field of `holder` (`tagIds`). */
  readonly field: string;
  /** The model whose ids the list holds (`Tag`). */
  readonly referencedModel: string;
  /** The single-field id of `referencedModel` (`id`). */
  readonly references: string;
}

/**
 * Where the pairs of a MongoDB many-to-many relation live: in id lists on both sides, no join collection.
 * `a` is the list of end `a`'s model, `b` the list of end `b`'s model. Nothing keeps the two lists in step
 * but the client: they are two views of the same pairs.
 */
export interface IdLists {
  readonly kind: "id-lists";
  readonly a: IdList;
  readonly b: IdList;
}

/** How a many-to-many relation stores its pairs: a join table (SQL) or id lists on both sides (MongoDB). */
export type ManyToManyStorage = JoinTable | IdLists;

/**
 * A many-to-many relation; `a` is the end whose model sorts first (Prisma's column `A`), for self-relations
 * the end whose field sorts first. Both ends are lists. Implicit on SQL databases (`storage.kind` is
 * `"join-table"`), written as id lists on MongoDB (`"id-lists"`).
 */
export interface ManyToManyRelation extends RelationBase {
  readonly kind: "many-to-many";
  readonly a: RelationEnd;
  readonly b: RelationEnd;
  readonly storage: ManyToManyStorage;
}

/** A relation, discriminated by `kind`. */
export type Relation = OneToOneRelation | OneToManyRelation | ManyToManyRelation;

/** The whole schema. */
export interface SchemaModel {
  readonly datasource: Datasource | undefined;
  readonly generators: readonly GeneratorConfig[];
  /** Models and views, sorted by name. */
  readonly models: readonly Model[];
  /** Enums, sorted by name. */
  readonly enums: readonly Enum[];
  /** Composite types, sorted by name. */
  readonly compositeTypes: readonly CompositeType[];
  /** Relations, sorted by name then by their ends. */
  readonly relations: readonly Relation[];
}
