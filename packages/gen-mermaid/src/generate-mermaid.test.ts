import { parseSchema } from "@cardinal/core";
import { parseMermaidErDiagram } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { generateMermaid } from "./generate-mermaid.js";

function modelOf(text: string) {
  const result = parseSchema(text);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.model;
}

const blocks = [
  "enum Role {\n  USER\n  ADMIN\n}\n",
  "model User {\n  id    Int    @id\n  role  Role\n  posts Post[]\n  tags  Tag[]\n}\n",
  "model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n",
  "model Tag {\n  id    Int    @id\n  users User[]\n}\n",
];

const mmd = (text: string, options = {}) =>
  generateMermaid(modelOf(text), options).files.find((f) => f.path.endsWith(".mmd"))?.content ?? "";

describe("generateMermaid()", () => {
  it("gives the same bytes whatever the declaration order", () => {
    const forward = mmd(blocks.join("\n"));
    expect(mmd([...blocks].reverse().join("\n"))).toBe(forward);
    expect(mmd([blocks[2], blocks[0], blocks[3], blocks[1]].join("\n"))).toBe(forward);
  });

  it("writes schema.mmd and schema.md with a fenced mermaid block", () => {
    const { files } = generateMermaid(modelOf(blocks.join("\n")), { title: "Shop" });
    expect(files.map((f) => f.path)).toEqual(["schema.mmd", "schema.md"]);
    const markdown = files[1]?.content ?? "";
    expect(markdown).toContain('# Shop\n\n```mermaid\n---\ntitle: "Shop"\n---\n');
    expect(markdown.trimEnd().endsWith("```")).toBe(true);
  });

  it("filters models by name and glob, and enums with them", async () => {
    const diagram = await parseMermaidErDiagram(mmd(blocks.join("\n"), { include: ["Us*", "Post"], exclude: ["Tag"] }));
    expect(diagram.entities.map((e) => e.name).sort()).toEqual(["Post", "Role", "User"]);
    expect(diagram.relationships.map((r) => r.label)).toEqual(["posts"]);
    const noEnums = await parseMermaidErDiagram(mmd(blocks.join("\n"), { enums: "omit" }));
    expect(noEnums.entities.map((e) => e.name)).not.toContain("Role");
  });

  it("draws every enum of the whole schema, and with a filter those its models and their composite types use", async () => {
    const text = [
      'datasource db {\n  provider = "mongodb"\n}',
      "enum Unused {\n  A\n}",
      "enum Tone {\n  WARM\n}",
      "enum Size {\n  S\n}",
      "type Colour {\n  tone Tone\n}",
      'model Shirt {\n  id     String @id @map("_id") @db.ObjectId\n  colour Colour\n}',
      'model Hat {\n  id   String @id @map("_id") @db.ObjectId\n  size Size\n}',
    ].join("\n");
    const whole = await parseMermaidErDiagram(mmd(text));
    expect(whole.entities.map((e) => e.name).sort()).toEqual(["Colour", "Hat", "Shirt", "Size", "Tone", "Unused"]);
    const shirts = await parseMermaidErDiagram(mmd(text, { include: ["Shirt"] }));
    expect(shirts.entities.map((e) => e.name).sort()).toEqual(["Colour", "Shirt", "Tone"]);
  });

  it("shows table names as labels, or database names throughout", async () => {
    const text =
      'model User {\n  id        Int      @id\n  createdAt DateTime @map("created_at")\n\n  @@map("users")\n}\n';
    const both = await parseMermaidErDiagram(mmd(text));
    expect(both.entities[0]).toMatchObject({ name: "User", alias: "users" });
    expect(both.entities[0]?.attributes[1]).toMatchObject({ name: "createdAt", comment: "column created_at" });
    const database = await parseMermaidErDiagram(mmd(text, { names: "database" }));
    expect(database.entities[0]).toMatchObject({ name: "users", alias: "" });
    expect(database.entities[0]?.attributes.map((a) => a.name)).toEqual(["id", "created_at"]);
  });

  it("keeps direction and compat output parseable", async () => {
    expect(mmd(blocks.join("\n"), { direction: "LR" })).toContain("erDiagram\n    direction LR\n");
    const compat = mmd(
      'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n  n  Decimal? @db.Decimal(10, 2)\n}\n',
      { compat: true, title: "ignored" },
    );
    expect(compat).not.toContain("?");
    expect(compat).not.toContain("title:");
    await expect(parseMermaidErDiagram(compat)).resolves.toBeDefined();
  });
});

describe("generateMermaid() with names and labels Mermaid trips on", () => {
  const torture = `/// direction LR in a doc comment must not turn the diagram
model Class {
  id       Int      @id
  /// say "hi" #1; **bold** __under__ <b>tag</b> & end; direction LR
  end      String   @map("1st column")
  style    subgraph?
  to       one[]
}

model subgraph {
  id      Int    @id
  classId Int    @unique
  owner   Class  @relation(fields: [classId], references: [id])

  @@map("__weird__ \\"table\\"")
}

model one {
  id      Int   @id
  classId Int
  parent  Class @relation(fields: [classId], references: [id])
}
`;

  it("parses, and every name, label and comment comes back exactly", async () => {
    const diagram = await parseMermaidErDiagram(mmd(torture));
    expect(diagram.entities.map((e) => [e.name, e.alias])).toEqual([
      ["Class", ""],
      ["one", ""],
      ["subgraph", '__weird__ "table"'],
    ]);
    const end = diagram.entities[0]?.attributes.find((a) => a.name === "end");
    expect(end?.comment).toBe('column 1st column; say "hi" #1; **bold** __under__ <b>tag</b> & end; direction LR');
    expect(diagram.relationships.map((r) => [r.first, r.second, r.label]).sort()).toEqual([
      ["Class", "one", "to"],
      ["Class", "subgraph", "style"],
    ]);
  });

  it("parses with database names, where attribute names need sanitizing", async () => {
    const diagram = await parseMermaidErDiagram(mmd(torture, { names: "database" }));
    const klass = diagram.entities.find((e) => e.name === "Class");
    expect(klass?.attributes.find((a) => a.comment.startsWith("column 1st column"))?.name).toBe("_1st_column");
    expect(diagram.entities.map((e) => e.name)).toContain('__weird__ "table"');
  });
});

describe("generateMermaid() on a schema too large for one diagram", () => {
  /** 60 models in 3 groups of 20, each a chain; a few relations cross groups. */
  function largeSchema(annotate: boolean): string {
    const models: string[] = [];
    for (let i = 0; i < 60; i++) {
      const group = Math.floor(i / 20);
      const lines = [`id Int @id`, `name String`, `email String @unique`, `note String?`];
      if (i % 20 !== 0 || (annotate && i === 40))
        lines.push(`parentId Int`, `parent M${i - 1} @relation("R${i}", fields: [parentId], references: [id])`);
      if (i % 20 !== 19 || (annotate && i === 39)) lines.push(`children M${i + 1}[] @relation("R${i + 1}")`);
      const doc = annotate ? `/// @group Area ${group}\n` : "";
      models.push(`${doc}model M${i} {\n${lines.map((l) => `  ${l}`).join("\n")}\n}\n`);
    }
    return models.join("\n");
  }

  it.each([
    ["by @group annotation", true],
    ["by connected component", false],
  ])("splits %s into parseable diagrams under the limit, every relation drawn", async (_how, annotate) => {
    const model = modelOf(largeSchema(annotate));
    const { files } = generateMermaid(model, { maxCharacters: 2500 });
    const diagrams = files.filter((f) => f.path.endsWith(".mmd"));
    expect(diagrams.length).toBeGreaterThan(3);
    const labels = new Set<string>();
    const entities = new Set<string>();
    for (const file of diagrams) {
      expect(file.content.length).toBeLessThanOrEqual(2500);
      const diagram = await parseMermaidErDiagram(file.content);
      for (const r of diagram.relationships) labels.add(`${r.first}-${r.second}-${r.label}`);
      for (const e of diagram.entities) if (e.attributes.length > 0) entities.add(e.name);
    }
    expect(labels.size).toBe(model.relations.length);
    expect(entities.size).toBe(60);
    const markdown = files.find((f) => f.path === "schema.md")?.content ?? "";
    expect(markdown.match(/```mermaid/g)).toHaveLength(diagrams.length);
    if (annotate) expect(markdown).toContain("## Area 0");
  });

  it("does not split what fits", () => {
    expect(generateMermaid(modelOf(largeSchema(true))).files.map((f) => f.path)).toEqual(["schema.mmd", "schema.md"]);
  });
});
