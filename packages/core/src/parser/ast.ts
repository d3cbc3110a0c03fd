import type { Span } from "../diagnostics/source-file.js";

// Every node is its own span (`start`, `end` offsets): no separate span objects, half the objects of a
// nested layout, which matters for schemas of thousands of models.

/** A name as written, with where it was written. */
export interface Identifier extends Span {
  readonly text: string;
}

/** A string literal; `value` is unescaped. */
export interface StringLiteral extends Span {
  readonly kind: "string";
  readonly value: string;
}

/** A numeric literal as written (`-1`, `2.5`). */
export interface NumberLiteral extends Span {
  readonly kind: "number";
  readonly raw: string;
}

/** A bare name or dotted path used as a value: `Cascade`, `true`, `env`. */
export interface ConstantExpression extends Span {
  readonly kind: "constant";
  readonly name: string;
}

/** `name(args)`: `autoincrement()`, `env("URL")`, `dbgenerated("...")`. */
export interface FunctionCall extends Span {
  readonly kind: "function";
  readonly name: Identifier;
  readonly arguments: ArgumentList;
}

/** `[a, b]`. */
export interface ArrayExpression extends Span {
  readonly kind: "array";
  readonly items: readonly Expression[];
}

/** `key: value` inside an object literal. */
export interface ObjectEntry extends Span {
  readonly key: Identifier;
  readonly value: Expression;
}

/** `{ a: 1, b: { not: null } }`: Prisma 7 writes the conditions of a partial index (`where:`) this way. */
export interface ObjectExpression extends Span {
  readonly kind: "object";
  readonly entries: readonly ObjectEntry[];
}

/** Any value in an argument or a config property. */
export type Expression =
  | StringLiteral
  | NumberLiteral
  | ConstantExpression
  | FunctionCall
  | ArrayExpression
  | ObjectExpression;

/** One argument: positional (`name` absent), named (`map: "x"`), or empty (`name:` with no value). */
export interface Argument extends Span {
  readonly name: Identifier | undefined;
  readonly value: Expression | undefined;
}

/** `( ... )` after an attribute or a function name. */
export interface ArgumentList extends Span {
  readonly arguments: readonly Argument[];
  /** Where a trailing comma (`(a,)`) was written; Prisma parses it but rejects it. */
  readonly trailingComma: Span | undefined;
}

/** `@id`, `@db.VarChar(255)`, `@@index([a])`: `name` excludes the `@`/`@@`. */
export interface Attribute extends Span {
  readonly name: Identifier;
  readonly arguments: ArgumentList | undefined;
}

/** How many values a field holds. */
export type FieldArity = "required" | "optional" | "list";

/** A field's type as written. */
export interface FieldTypeNode extends Span {
  /** The type name, or for `Unsupported("x")` the text `Unsupported`. */
  readonly name: Identifier;
  /** For `Unsupported("...")`, the database type. */
  readonly unsupported: string | undefined;
  readonly arity: FieldArity;
}

/** A field line in a model, view or composite type. */
export interface FieldDeclaration extends Span {
  readonly name: Identifier;
  readonly type: FieldTypeNode;
  readonly attributes: readonly Attribute[];
  readonly documentation: string | undefined;
}

/** `model`, `view` and `type` (composite type) blocks share one shape. */
export interface ModelBlock extends Span {
  readonly kind: "model" | "view" | "type";
  readonly name: Identifier;
  readonly fields: readonly FieldDeclaration[];
  readonly attributes: readonly Attribute[];
  readonly documentation: string | undefined;
}

/** A value line in an enum block. */
export interface EnumValueDeclaration extends Span {
  readonly name: Identifier;
  readonly attributes: readonly Attribute[];
  readonly documentation: string | undefined;
}

/** An `enum` block. */
export interface EnumBlock extends Span {
  readonly kind: "enum";
  readonly name: Identifier;
  readonly values: readonly EnumValueDeclaration[];
  readonly attributes: readonly Attribute[];
  readonly documentation: string | undefined;
}

/** `key = value` inside a `datasource` or `generator` block. */
export interface ConfigProperty extends Span {
  readonly key: Identifier;
  readonly value: Expression;
}

/** A `datasource` or `generator` block. */
export interface ConfigBlock extends Span {
  readonly kind: "datasource" | "generator";
  readonly name: Identifier;
  readonly properties: readonly ConfigProperty[];
  readonly documentation: string | undefined;
}

/** Any top-level block. */
export type Block = ModelBlock | EnumBlock | ConfigBlock;

/** One parsed schema file. */
export interface SchemaFileAst {
  readonly path: string;
  readonly blocks: readonly Block[];
}
