import type {
  EnumValue,
  IndexConditionValue,
  IndexField,
  OperatorClass,
  ReferentialAction,
  ScalarField,
} from "@cardinal/core";

/** A table or type name, with its database schema when it is not the default one. */
export interface QualifiedName {
  readonly schema: string | undefined;
  readonly name: string;
}

/** An enum as the database sees it: its database name, and each value's Prisma and database names. */
export interface EnumType extends QualifiedName {
  readonly values: readonly Pick<EnumValue, "name" | "dbName">[];
}

/** A column. Its type and default stay semantic (the scalar field) until a dialect renders them. */
export interface ColumnNode {
  readonly name: string;
  readonly field: ScalarField;
  /** The enum of an enum-typed column. */
  readonly enumType: EnumType | undefined;
  readonly notNull: boolean;
  /** `autoincrement()` (SERIAL, AUTO_INCREMENT, AUTOINCREMENT). */
  readonly autoIncrement: boolean;
  /** The single-column primary key, for dialects that declare it on the column (SQLite). */
  readonly primaryKey: boolean;
  readonly comment: string | undefined;
}

/** `CREATE SCHEMA`. */
export interface CreateSchemaNode {
  readonly kind: "createSchema";
  readonly name: string;
}

/** `CREATE EXTENSION IF NOT EXISTS` (PostgreSQL's `extensions = [...]`; other dialects drop it). */
export interface CreateExtensionNode {
  readonly kind: "createExtension";
  /** The extension's database name (`map:` or the schema name). */
  readonly name: string;
  /** `schema:`, where to install it. */
  readonly schema: string | undefined;
  /** `version:`. */
  readonly version: string | undefined;
}

/** `CREATE TYPE ... AS ENUM` (PostgreSQL; other dialects fold enums into column types). */
export interface CreateEnumNode {
  readonly kind: "createEnum";
  readonly type: EnumType;
}

/** A column of an index or key, with optional sort order, prefix length (MySQL) and operator class (PostgreSQL). */
export interface IndexColumn {
  readonly name: string;
  readonly sort: IndexField["sort"];
  readonly length: number | undefined;
  /** `ops:`, as written in the schema; each dialect maps it to SQL (or ignores it). */
  readonly ops: OperatorClass | undefined;
}

/** `CREATE [UNIQUE] INDEX`, or an inline `[UNIQUE] INDEX` once a dialect moves it into its table. */
export interface CreateIndexNode {
  readonly kind: "createIndex";
  readonly table: QualifiedName;
  readonly name: string;
  readonly unique: boolean;
  /** `@@fulltext`: a FULLTEXT index on MySQL; no other dialect has one (Prisma rejects `@@fulltext` there). */
  readonly fulltext: boolean;
  readonly columns: readonly IndexColumn[];
  /** `type:` of `@@index` (e.g. `Hash`). */
  readonly algorithm: string | undefined;
  /** `where:` of a partial index, with field names resolved to columns; undefined for a full index. */
  readonly where: IndexPredicateNode | undefined;
}

/** The rows a partial index covers: raw SQL, or conditions on columns that must all hold. */
export type IndexPredicateNode =
  | { readonly kind: "raw"; readonly sql: string }
  | {
      readonly kind: "conditions";
      readonly conditions: readonly {
        readonly column: string;
        readonly negated: boolean;
        readonly value: IndexConditionValue;
      }[];
    };

/** A foreign key: `ALTER TABLE ... ADD CONSTRAINT`, or inline in its table for SQLite. */
export interface AddForeignKeyNode {
  readonly kind: "addForeignKey";
  readonly table: QualifiedName;
  readonly name: string;
  readonly columns: readonly string[];
  readonly referencedTable: QualifiedName;
  readonly referencedColumns: readonly string[];
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
}

/** `CREATE TABLE`, with the keys a dialect chooses to declare inside it. */
export interface CreateTableNode {
  readonly kind: "createTable";
  readonly table: QualifiedName;
  readonly columns: readonly ColumnNode[];
  /** `lengths` holds each column's prefix length (`@@id([slug(length: 100)])`, MySQL only) or undefined. */
  readonly primaryKey:
    | { readonly name: string; readonly columns: readonly string[]; readonly lengths?: readonly (number | undefined)[] }
    | undefined;
  /** Indexes declared inside the table (MySQL). */
  readonly inlineIndexes: readonly CreateIndexNode[];
  /** Foreign keys declared inside the table (SQLite). */
  readonly inlineForeignKeys: readonly AddForeignKeyNode[];
  /** The join table of an implicit many-to-many relation (keyed by a unique index outside PostgreSQL). */
  readonly implicitJoin: boolean;
  readonly comment: string | undefined;
}

/** A `///` doc comment kept in the database (`COMMENT ON`). */
export interface CommentNode {
  readonly kind: "comment";
  readonly table: QualifiedName;
  /** Undefined for the table's own comment. */
  readonly column: string | undefined;
  readonly text: string;
}

/** Every DDL statement kind. A new kind fails to compile until every dialect renders it. */
export type DdlNode =
  | CreateSchemaNode
  | CreateExtensionNode
  | CreateEnumNode
  | CreateTableNode
  | CreateIndexNode
  | AddForeignKeyNode
  | CommentNode;

/** The database name of an enum value given by its Prisma name (as in `@default(ACTIVE)`). */
export function enumValueDbName(type: EnumType, name: string): string {
  return type.values.find((value) => value.name === name)?.dbName ?? name;
}
