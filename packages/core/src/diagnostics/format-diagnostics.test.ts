import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";
import { formatDiagnostic, formatDiagnostics } from "./format-diagnostics.js";

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

  it("shows a window of 120 columns of a long line around the range, with `…` where it is cut", () => {
    const long = `model A {\n  id Int @id ${"@ignore ".repeat(100)}@defalt\n}\n`;
    const [diagnostic] = parseSchema(long).diagnostics.filter((d) => d.code === "E301");
    const frame = formatDiagnostic(diagnostic as NonNullable<typeof diagnostic>, {
      sources: { "schema.prisma": long },
    });
    const [, before, line, marker] = frame.split("\n");
    expect(before).toBe("1 | model A {");
    expect(line).toMatch(/^2 \| …[ @ignore]+ @defalt$/);
    expect(line?.length).toBeLessThanOrEqual(4 + 1 + 120);
    expect(line?.slice(marker?.indexOf("^"))).toBe("defalt");
    expect(marker).toMatch(/^ {2}\| {100,120}\^{6}$/);
  });
});

describe("formatDiagnostics()", () => {
  it("prints identical diagnostics once, with how many more there are and where", () => {
    const text = `model A {\n  id Int @id ${'@map("x") '.repeat(8)}\n}\n`;
    const diagnostics = parseSchema(text).diagnostics;
    expect(diagnostics.filter((d) => d.code === "E302")).toHaveLength(8);
    const output = formatDiagnostics(diagnostics, { sources: { "schema.prisma": text } });
    expect(output.match(/E302/g)).toHaveLength(1);
    expect(output).toContain(
      "(7 more identical diagnostics, at schema.prisma:2:24, schema.prisma:2:34, schema.prisma:2:44, schema.prisma:2:54, schema.prisma:2:64 and 2 more)",
    );
  });
});
