import { parseSchema } from "@cardinal/core";
import { loadRealisticSchemas } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { examples } from "./examples.js";
import { formatSchema } from "./format-schema.js";

const sources = [
  ...examples.map((entry) => [entry.id, entry.schema] as const),
  ...loadRealisticSchemas().flatMap((schema) =>
    schema.files.map((file) => [`${schema.name}/${file.path}`, file.content] as const),
  ),
];

describe("formatSchema()", () => {
  it("aligns fields and attributes in columns, and keys in a datasource", () => {
    const messy = `datasource db {\n provider="postgresql"\n}\nmodel  User {\nid Int @id\n   email    String   @unique // login\n\n\n\n  posts Post[]\n  @@map("users")\n}\n`;
    expect(formatSchema(messy)).toBe(
      `datasource db {\n  provider = "postgresql"\n}\nmodel User {\n  id    Int    @id\n  email String @unique // login\n\n  posts Post[]\n  @@map("users")\n}\n`,
    );
  });

  it.each(sources)("keeps %s meaning the same, and formatting twice changes nothing", (_name, source) => {
    const once = formatSchema(source);
    expect(once.replace(/\s+/g, "")).toBe(source.replace(/\s+/g, ""));
    expect(formatSchema(once)).toBe(once);
    const before = parseSchema(source);
    const after = parseSchema(once);
    expect(after.diagnostics.map((d) => d.code)).toEqual(before.diagnostics.map((d) => d.code));
    expect(after.model.models.map((model) => model.fields.length)).toEqual(
      before.model.models.map((model) => model.fields.length),
    );
  });
});
