import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { printStatements } from "./print-statements.js";
import { commentSafe, docsOf, propertyKey } from "./safe-text.js";

/** TypeScript's reading of a generated text: its statements and any syntax error. */
function read(text: string) {
  const file = ts.createSourceFile("generated.ts", text, ts.ScriptTarget.ES2022, true);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  return { file, errors: diagnostics.length };
}

/** Strings rich in the characters that end comments and strings or start code. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom("*", "/", "*/", "/*", '"', "'", "`", "\\", "\n", "\r", "${", "}", "\u2028", "\u200d"),
    fc.string(),
  ),
});

describe("propertyKey()", () => {
  it("writes identifiers as they are and quotes everything else", () => {
    expect(propertyKey("email")).toBe("email");
    expect(propertyKey("$count_2")).toBe("$count_2");
    expect(propertyKey("straße")).toBe("straße");
    expect(propertyKey("e-mail")).toBe('"e-mail"');
    expect(propertyKey("2fa")).toBe('"2fa"');
    expect(propertyKey('a"; process.exit(1); "')).toBe('"a\\"; process.exit(1); \\""');
  });

  it("gives a key TypeScript reads as exactly that one name, whatever the name", () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const { file, errors } = read(`const o = { ${propertyKey(name)}: 1 };`);
        expect(errors).toBe(0);
        expect(file.statements).toHaveLength(1);
        const declaration = (file.statements[0] as ts.VariableStatement).declarationList.declarations[0];
        const literal = declaration?.initializer as ts.ObjectLiteralExpression;
        expect(literal.properties).toHaveLength(1);
        const key = (literal.properties[0] as ts.PropertyAssignment).name as ts.Identifier | ts.StringLiteral;
        expect(key.text).toBe(name);
      }),
      { numRuns: 500 },
    );
  });
});

describe("commentSafe() and docsOf()", () => {
  it("puts a backslash into every star-slash, and is idempotent", () => {
    expect(commentSafe("a */ b **/")).toBe("a *\\/ b **\\/");
    expect(commentSafe(commentSafe("x */ y"))).toBe(commentSafe("x */ y"));
    expect(docsOf(undefined)).toEqual([]);
    expect(docsOf("one */ two")).toEqual([{ description: "one *\\/ two" }]);
  });

  it("keeps any text inside the doc comment printStatements writes: the code after it is one statement", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const printed = printStatements([
          { kind: "typeAlias", isExported: true, name: "Row", type: "number", docs: docsOf(text) },
        ]);
        const { file, errors } = read(`${printed}\n`);
        expect(errors).toBe(0);
        expect(file.statements).toHaveLength(1);
        expect(ts.isTypeAliasDeclaration(file.statements[0] as ts.Node)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
