import type { Span } from "../diagnostics/source-file.js";

/** A name as written, with where it was written. */
export interface Identifier {
  readonly text: string;
  readonly span: Span;
}

/** A string literal; `value` is unescaped. */
export interface StringLiteral {
  readonly kind: "string";
  readonly value: string;
  readonly span: Span;
}

/** A numeric literal as written (`-1`, `2.5`). */
export interface NumberLiteral {
  readonly kind: "number";
  readonly raw: string;
  readonly span: Span;
}

/** A bare name or dotted path used as a value: `Cascade`, `true`, `env`. */
export interface ConstantExpression {
  readonly kind: "constant";
  readonly name: string;
  readonly span: Span;
}

/** `name(args)`: `autoincrement()`, `env("URL")`, `dbgenerated("...")`. */
export interface FunctionCall {
  readonly kind: "function";
  readonly name: Identifier;
  readonly arguments: ArgumentList;
  readonly span: Span;
}

/** `[a, b]`. */
export interface ArrayExpression {
  readonly kind: "array";
  readonly items: readonly Expression[];
  readonly span: Span;
}

/** Any value in an argument or a config property. */
export type Expression = StringLiteral | NumberLiteral | ConstantExpression | FunctionCall | ArrayExpression;

/** One argument: positional (`name` absent), named (`map: "x"`), or empty (`name:` with no value). */
export interface Argument {
  readonly name: Identifier | undefined;
  readonly value: Expression | undefined;
  readonly span: Span;
}

/** `( ... )` after an attribute or a function name. */
export interface ArgumentList {
  readonly arguments: readonly Argument[];
  /** Where a trailing comma (`(a,)`) was written; Prisma parses it but rejects it. */
  readonly trailingComma: Span | undefined;
  readonly span: Span;
}

/** `@id`, `@db.VarChar(255)`, `@@index([a])`: `name` excludes the `@`/`@@`. */
export interface Attribute {
  readonly name: Identifier;
  readonly arguments: ArgumentList | undefined;
  readonly span: Span;
}

/** How many values a field holds. */
export type FieldArity = "required" | "optional" | "list";

/** A field's type as written. */
export interface FieldTypeNode {
  /** The type name, or for `Unsupported("x")` the text `Unsupported`. */
  readonly name: Identifier;
  /** For `Unsupported("...")`, the database type. */
  readonly unsupported: string | undefined;
  readonly arity: FieldArity;
  readonly span: Span;
}

/** A field line in a model, view or composite type. */
export interface FieldDeclaration {
  readonly name: Identifier;
  readonly type: FieldTypeNode;
  readonly attributes: readonly Attribute[];
  readonly documentation: string | undefined;
  readonly span: Span;
}

/** `model`, `view` and `type` (composite type) blocks share one shape. */
export interface ModelBlock {
  readonly kind: "model" | "view" | "type";
  readonly name: Identifier;
  readonly fields: readonly FieldDeclaration[];
  readonly attributes: readonly Attribute[];
  readonly documentation: string | undefined;
  readonly span: Span;
}

/** A value line in an enum block. */
export interface EnumValueDeclaration {
  readonly name: Identifier;
  readonly attributes: readonly Attribute[];
  readonly documentation: string | undefined;
  readonly span: Span;
}

/** An `enum` block. */
export interface EnumBlock {
  readonly kind: "enum";
  readonly name: Identifier;
  readonly values: readonly EnumValueDeclaration[];
  readonly attributes: readonly Attribute[];
  readonly documentation: string | undefined;
  readonly span: Span;
}

/** `key = value` inside a `datasource` or `generator` block. */
export interface ConfigProperty {
  readonly key: Identifier;
  readonly value: Expression;
  readonly span: Span;
}

/** A `datasource` or `generator` block. */
export interface ConfigBlock {
  readonly kind: "datasource" | "generator";
  readonly name: Identifier;
  readonly properties: readonly ConfigProperty[];
  readonly documentation: string | undefined;
  readonly span: Span;
}

/** Any top-level block. */
export type Block = ModelBlock | EnumBlock | ConfigBlock;

/** One parsed schema file. */
export interface SchemaFileAst {
  readonly path: string;
  readonly blocks: readonly Block[];
}
