import { fileNameKey, maxFileStemBytes, parseSchema } from "@cardinal/core";
import { hostileComments, hostileMongoSchema, hostileSchema, parseMermaidErDiagram } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateMermaid } from "./generate-mermaid.js";
import type { MermaidOptions } from "./options.js";

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Every file path distinct under case folding and normalization, every segment within the stem limit + extension. */
function expectSafePaths(paths: readonly string[]): void {
  expect(new Set(paths.map(fileNameKey)).size).toBe(paths.length);
  for (const path of paths) for (const segment of path.split("/")) expect(bytes(segment)).toBeLessThanOrEqual(160);
}

describe("generateMermaid() file names", () => {
  it("groups differing only by case or punctuation get distinct files, none lost", () => {
    const schema = ["Billing", "billing", "Billing!", "bílling", "BILLING"]
      .map((group, i) => `/// @group ${group}\nmodel M${i} {\n  id Int @id\n}\n`)
      .join("\n");
    const { files } = generateMermaid(parseSchema(schema).model, { split: "group" });
    const diagrams = files.filter((file) => file.path.endsWith(".mmd"));
    expect(diagrams).toHaveLength(5);
    expectSafePaths(files.map((file) => file.path));
    for (let i = 0; i < 5; i++) expect(diagrams.filter((file) => file.content.includes(`"M${i}"`))).toHaveLength(1);
  });

  it("components named after models `User` and `user` get distinct files", () => {
    const schema = "model User {\n  id Int @id\n}\n\nmodel user {\n  id Int @id\n}\n";
    const { files } = generateMermaid(parseSchema(schema).model, { split: "component" });
    expect(files.map((file) => file.path)).toEqual(["schema-user.mmd", "schema-user_2.mmd", "schema.md"]);
  });

  it("a group name of 300 characters gives a file name within the limit", () => {
    const schema = `/// @group ${"Ω".repeat(300)}\nmodel A {\n  id Int @id\n}\n`;
    const { files } = generateMermaid(parseSchema(schema).model, { split: "group" });
    expectSafePaths(files.map((file) => file.path));
    expect(bytes(files[0]?.path ?? "")).toBeLessThanOrEqual(maxFileStemBytes + ".mmd".length);
  });
});

describe("generateMermaid() on the hostile schema", () => {
  const variants: readonly MermaidOptions[] = [
    { split: "group" },
    { split: "none", names: "database", manyToMany: "join-table" },
    { split: "component", compat: true },
  ];
  const schemas = [
    { name: "relational", text: hostileSchema("postgresql") },
    { name: "mongodb", text: hostileMongoSchema() },
  ];

  const cases = schemas.flatMap((schema) =>
    variants.map((options) => [schema.name, JSON.stringify(options), schema, options] as const),
  );

  it.each(cases)(
    "%s %s: Mermaid parses every diagram, with every entity and every comment",
    async (_name, _label, schema, options) => {
      const parsed = parseSchema(schema.text);
      expect(parsed.diagnostics).toEqual([]);
      const { files, diagnostics } = generateMermaid(parsed.model, options);
      expect(diagnostics).toEqual([]);
      expectSafePaths(files.map((file) => file.path));
      const entities = new Set<string>();
      const comments = new Set<string>();
      for (const file of files.filter((f) => f.path.endsWith(".mmd"))) {
        const diagram = await parseMermaidErDiagram(file.content);
        for (const entity of diagram.entities) entities.add(entity.name);
        for (const entity of diagram.entities) for (const a of entity.attributes) comments.add(a.comment);
      }
      for (const model of parsed.model.models) expect(entities, model.name).toContain(model.name);
      if (options.compat !== true && schema.name === "relational")
        expect([...comments].some((comment) => comment.includes("Ends a block comment early?"))).toBe(true);
      expect(hostileComments.length).toBeGreaterThan(0);
    },
    60_000,
  );
});
