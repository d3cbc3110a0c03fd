import type { CodeWriter } from "./code-writer.js";

/** Text, or a function that writes it (multi-line bodies, indented blocks). */
export type TextOrWriter = string | ((writer: CodeWriter) => void);

/** A doc comment: its text (lines separated by `\n`), printed as `/** ... *\/`. */
export type DocComment = string | { readonly description: string };

interface Documented {
  readonly docs?: readonly DocComment[];
}

interface Exportable {
  readonly isExported?: boolean;
}

/** A type parameter: `T`, or `{ name: "I", constraint: "X | undefined", default: "undefined" }`. */
export type TypeParameter =
  | string
  | { readonly name: string; readonly constraint?: TextOrWriter; readonly default?: TextOrWriter };

/** `import { a, type B } from "x";` */
export interface ImportStatement {
  readonly kind: "import";
  readonly isTypeOnly?: boolean;
  readonly moduleSpecifier: string;
  readonly namedImports: readonly (string | { readonly name: string; readonly isTypeOnly?: boolean })[];
}

/** `export * from "x";` */
export interface ExportAllStatement {
  readonly kind: "exportAll";
  readonly moduleSpecifier: string;
}

/** `export const name: type = initializer;` */
export interface VariableStatement extends Documented, Exportable {
  readonly kind: "variable";
  readonly declarationKind?: "const" | "let";
  readonly declarations: readonly {
    readonly name: string;
    readonly type?: TextOrWriter;
    readonly initializer: TextOrWriter;
  }[];
}

/** `export type Name<T> = type;` */
export interface TypeAliasStatement extends Documented, Exportable {
  readonly kind: "typeAlias";
  readonly name: string;
  readonly typeParameters?: readonly TypeParameter[];
  readonly type: TextOrWriter;
}

/** A property of an interface: `readonly name?: type;` */
export interface PropertySignature extends Documented {
  readonly name: string;
  readonly type: TextOrWriter;
  readonly hasQuestionToken?: boolean;
  readonly isReadonly?: boolean;
}

/** A parameter: `name?: type = initializer`. */
export interface Parameter {
  readonly name: string;
  readonly type?: TextOrWriter;
  readonly hasQuestionToken?: boolean;
  readonly initializer?: TextOrWriter;
}

/** A method of an interface: `name<T>(parameters): returnType;` */
export interface MethodSignature extends Documented {
  readonly name: string;
  readonly typeParameters?: readonly TypeParameter[];
  readonly parameters?: readonly Parameter[];
  readonly returnType?: TextOrWriter;
}

/** An index signature: `readonly [keyName: keyType]: returnType;` */
export interface IndexSignature {
  readonly isReadonly?: boolean;
  readonly keyName: string;
  readonly keyType: string;
  readonly returnType: TextOrWriter;
}

/** `export interface Name<T> { ... }`: index signatures, then properties, then methods. */
export interface InterfaceStatement extends Documented, Exportable {
  readonly kind: "interface";
  readonly name: string;
  readonly typeParameters?: readonly TypeParameter[];
  readonly indexSignatures?: readonly IndexSignature[];
  readonly properties?: readonly PropertySignature[];
  readonly methods?: readonly MethodSignature[];
}

/** `export function name(parameters): returnType { statements }` */
export interface FunctionStatement extends Documented, Exportable {
  readonly kind: "function";
  readonly name: string;
  readonly typeParameters?: readonly TypeParameter[];
  readonly parameters?: readonly Parameter[];
  readonly returnType?: TextOrWriter;
  readonly statements: TextOrWriter;
}

/** A top-level TypeScript declaration, as plain data: generators build these and print them once per file. */
export type Statement =
  | ImportStatement
  | ExportAllStatement
  | VariableStatement
  | TypeAliasStatement
  | InterfaceStatement
  | FunctionStatement;
