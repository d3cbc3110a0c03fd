import { describe, expect, it } from "vitest";
import { printStatements } from "./print-statements.js";

describe("printStatements()", () => {
  it("separates interfaces and functions by a blank line and the other statements by a line break", () => {
    const text = printStatements([
      { kind: "import", isTypeOnly: true, moduleSpecifier: "./a.js", namedImports: ["A", "B"] },
      { kind: "typeAlias", isExported: true, name: "Id", type: "number" },
      {
        kind: "variable",
        isExported: true,
        declarationKind: "const",
        declarations: [{ name: "one", initializer: "1" }],
      },
      { kind: "interface", isExported: true, name: "Row", properties: [{ name: "id", type: "Id" }] },
      { kind: "typeAlias", name: "Other", type: "Row" },
      { kind: "exportAll", moduleSpecifier: "./b.js" },
    ]);
    expect(text).toBe(
      [
        'import type { A, B } from "./a.js";',
        "export type Id = number;",
        "export const one = 1;",
        "",
        "export interface Row {",
        "  id: Id;",
        "}",
        "",
        "type Other = Row;",
        'export * from "./b.js";',
      ].join("\n"),
    );
  });

  it("prints one-line docs inline and longer docs as a block, with no trailing spaces", () => {
    const text = printStatements([
      { kind: "typeAlias", name: "A", type: "1", docs: ["Short."] },
      { kind: "typeAlias", name: "B", type: "2", docs: [{ description: "First.\n\nThird." }] },
    ]);
    expect(text).toBe(
      ["/** Short. */", "type A = 1;", "/**", " * First.", " *", " * Third.", " */", "type B = 2;"].join("\n"),
    );
  });

  it("indents continuation lines of a type or an initializer one level (a hanging indent)", () => {
    const text = printStatements([
      {
        kind: "variable",
        isExported: true,
        declarationKind: "const",
        declarations: [
          {
            name: "schema",
            type: "Schema",
            initializer: (writer) => {
              writer.write("object({").newLine();
              writer.indent(() => writer.writeLine("id: number(),"));
              writer.write("})");
            },
          },
        ],
      },
      { kind: "typeAlias", name: "T", typeParameters: [{ name: "I", default: "undefined" }], type: "A &\n(B)" },
    ]);
    expect(text).toBe(
      [
        "export const schema: Schema = object({",
        "    id: number(),",
        "  });",
        "type T<I = undefined> = A &",
        "  (B);",
      ].join("\n"),
    );
  });

  it("prints interface members in the order index signatures, properties, methods, and function bodies indented", () => {
    const text = printStatements([
      {
        kind: "interface",
        name: "Delegate",
        indexSignatures: [{ isReadonly: true, keyName: "key", keyType: "string", returnType: "never" }],
        properties: [{ name: "name", type: "string", hasQuestionToken: true, isReadonly: true, docs: ["Its name."] }],
        methods: [
          {
            name: "find",
            typeParameters: [{ name: "I", constraint: "X | undefined", default: "undefined" }],
            parameters: [{ name: "args", type: "Args", hasQuestionToken: true }],
            returnType: "Promise<I>",
          },
        ],
      },
      {
        kind: "function",
        isExported: true,
        name: "make",
        parameters: [{ name: "options", type: "Options", initializer: "{}" }],
        returnType: "Client",
        statements: (writer) => writer.writeLine("const a = 1;").write("return a;"),
      },
    ]);
    expect(text).toBe(
      [
        "interface Delegate {",
        "  readonly [key: string]: never;",
        "  /** Its name. */",
        "  readonly name?: string;",
        "  find<I extends X | undefined = undefined>(args?: Args): Promise<I>;",
        "}",
        "",
        "export function make(options: Options = {}): Client {",
        "  const a = 1;",
        "  return a;",
        "}",
      ].join("\n"),
    );
  });

  it("prints an empty interface as an open and a closing brace", () => {
    expect(printStatements([{ kind: "interface", name: "Empty" }])).toBe("interface Empty {\n}");
  });
});
