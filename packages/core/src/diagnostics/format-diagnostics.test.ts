import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";
import type { Diagnostic } from "./diagnostic.js";
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

describe("formatDiagnostics() on many warnings of one code", () => {
  it("frames the first three warnings of a code and prints the others on one line each; errors keep their frames", () => {
    const lines = ["model A {", "  id Int @id", ...Array.from({ length: 6 }, (_, i) => `  f${i} String`), "}", ""];
    const at = (line: number): Diagnostic["range"] => ({
      start: { line, character: 2 },
      end: { line, character: 4 },
    });
    const warning = (line: number): Diagnostic => ({
      code: "W005",
      severity: "warning",
      message: `a warning on line ${line + 1}`,
      file: "schema.prisma",
      range: at(line),
    });
    const error: Diagnostic = {
      code: "E203",
      severity: "error",
      message: "an error",
      file: "schema.prisma",
      range: at(7),
    };
    const diagnostics = [2, 3, 4, 5, 6].map(warning).concat(error, warning(7));
    const output = formatDiagnostics(diagnostics, { sources: { "schema.prisma": lines.join("\n") } }).split("\n");
    const headers = output.filter((line) => / - warning W005: /.test(line));
    expect(headers).toHaveLength(6);
    // A frame's underline follows the first three warnings and the error, not the later warnings.
    const framed = (header: string) => /\^/.test(output[output.indexOf(header) + 3] ?? "");
    expect(headers.map(framed)).toEqual([true, true, true, false, false, false]);
    expect(output.slice(output.indexOf(headers[3] as string), output.indexOf(headers[3] as string) + 2)).toEqual(
      headers.slice(3, 5),
    );
    const errorAt = output.findIndex((line) => / - error E203: /.test(line));
    expect(output[errorAt + 3]).toMatch(/\^/);
  });
});
