/**
 * Names a generated TypeScript module cannot give to its own types and constants, all of which Prisma accepts as
 * model, enum or composite-type names: reserved words, strict-mode and module reserved words, `arguments` and `eval`
 * (no binding may take them in strict code), the type keywords TypeScript refuses as type names (`any`, `string`,
 * `never`, ...), the type operators a type reference cannot start with (`keyof`, `infer`, `readonly`, `unique`), and the globals generated code reaches through (`globalThis`). Generators rename a declaration that
 * would take one (TypeScript generators append `_`).
 */
export const typeScriptReservedNames: ReadonlySet<string> = new Set(
  [
    // ECMAScript reserved words.
    "break case catch class const continue debugger default delete do else enum export extends false finally for",
    " function if import in instanceof new null return super switch this throw true try typeof var void while with",
    // Reserved in strict mode and in modules; never bindable in strict code.
    " implements interface let package private protected public static yield await arguments eval",
    // TypeScript's predefined type names, refused as the name of an interface, type alias, class or enum.
    " any unknown never number bigint boolean string symbol object undefined",
    // Type operators that cannot start a type reference (`keyof | null` does not parse).
    " keyof infer readonly unique intrinsic",
    // `export type as = ...` reads as the start of `export type * as ns from`.
    " as",
    // The global that generated code reaches other globals through (`globalThis.Date`).
    " globalThis",
  ]
    .join("")
    .trim()
    .split(/\s+/),
);
