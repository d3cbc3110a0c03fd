import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";
import { formatDiagnostics } from "./format-diagnostics.js";

/** Schemas of about `bytes` characters whose diagnostics used to grow with the square of the input. */
const builders: Readonly<Record<string, (bytes: number) => string>> = {
  "a long line of repeated attributes": (bytes) =>
    `model A {\n  id Int @id ${'@map("x")'.repeat(Math.ceil(bytes / 9))}\n}\n`,
  "a long line of distinct unknown native types": (bytes) =>
    `datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id String @id ${Array.from({ length: Math.ceil(bytes / 9) }, (_, i) => `@db.T${i}`).join(" ")}\n}\n`,
  "many ambiguous relation pairs": (bytes) => {
    const n = Math.ceil(bytes / 70);
    const backs = Array.from({ length: n }, (_, i) => `  b${i} B`).join("\n");
    const holders = Array.from(
      { length: n },
      (_, i) => `  a${i} A @relation(fields: [x${i}], references: [id])\n  x${i} Int`,
    );
    return `model A {\n  id Int @id\n${backs}\n}\nmodel B {\n  id Int @id\n${holders.join("\n")}\n}\n`;
  },
  "a long model name and many invalid fields": (bytes) =>
    `model M${"m".repeat(bytes / 2)} {\n  id Int @id\n${"  x Strng\n".repeat(Math.ceil(bytes / 20))}}\n`,
  "many enum defaults that name no value": (bytes) => {
    const n = Math.ceil(bytes / 40);
    const values = Array.from({ length: n }, (_, i) => `  V${i}`).join("\n");
    const fields = Array.from({ length: n }, (_, i) => `  f${i} E @default(W${i})`).join("\n");
    return `enum E {\n${values}\n}\nmodel A {\n  id Int @id\n${fields}\n}\n`;
  },
};

const sizes = [1_000, 10_000, 50_000, 200_000];
const maxRatio = 60;

describe("formatDiagnostics() output size", () => {
  for (const [what, build] of Object.entries(builders)) {
    it(`stays under ${maxRatio}× the input for ${what} (1 KB to 200 KB)`, () => {
      const ratios: string[] = [];
      for (const size of sizes) {
        const text = build(size);
        const result = parseSchema(text);
        expect(result.diagnostics.length).toBeGreaterThan(0);
        const output = formatDiagnostics(result.diagnostics, { sources: { "schema.prisma": text } });
        const ratio = output.length / text.length;
        ratios.push(`${text.length} → ${output.length}`);
        expect(ratio, ratios.join(", ")).toBeLessThan(maxRatio);
      }
    }, 30_000);
  }

  it("lists at most 10 names in a message: 2,000 ambiguous pairs say `and 1,990 more`", () => {
    const text = (builders["many ambiguous relation pairs"] as (bytes: number) => string)(140_000);
    const ambiguous = parseSchema(text).diagnostics.filter((d) => d.code === "E402");
    expect(ambiguous).toHaveLength(4_000);
    for (const diagnostic of ambiguous) {
      expect(diagnostic.message).toMatch(/`[ab]9` and 1,990 more in model/);
      expect(diagnostic.message.length).toBeLessThan(400);
    }
  });
});
