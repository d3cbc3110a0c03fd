import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";
import { formatDiagnostic } from "./format-diagnostics.js";

const text = "model User {\n  id    Int    @id\n  email Strng\n}\n";

describe("formatDiagnostic()", () => {
  it("prints file:line:col, severity, code and message, then a code frame with the range underlined", () => {
    const [diagnostic] = parseSchema([{ path: "schema.prisma", content: text }]).diagnostics;
    expect(diagnostic).toBeDefined();
    const output = formatDiagnostic(diagnostic as NonNullable<typeof diagnostic>, {
      sources: { "schema.prisma": text },
    });
    expect(output).toBe(
      [
        'schema.prisma:3:9 - error E203: Type "Strng" is neither a built-in type, nor refers to another model, composite type, or enum. Did you mean `String`?',
        "2 |   id    Int    @id",
        "3 |   email Strng",
        "  |         ^^^^^",
        "4 | }",
      ].join("\n"),
    );
  });

  it("prints only the header without sources, and colours only when asked", () => {
    const [diagnostic] = parseSchema(text).diagnostics;
    const plain = formatDiagnostic(diagnostic as NonNullable<typeof diagnostic>);
    expect(plain.split("\n")).toHaveLength(1);
    expect(plain).not.toContain("\u001b[");
    expect(formatDiagnostic(diagnostic as NonNullable<typeof diagnostic>, { color: true })).toContain(
      "\u001b[31merror",
    );
  });
});
