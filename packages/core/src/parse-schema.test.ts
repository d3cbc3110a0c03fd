import { describe, expect, it } from "vitest";
import { parseSchema } from "./parse-schema.js";

/** The model without source locations, which legitimately change when blocks move. */
function withoutLocations(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner) => (key === "location" ? undefined : inner)));
}

const blocks = [
  'datasource db {\n  provider = "postgresql"\n}\n',
  "enum Role {\n  USER\n  ADMIN\n}\n",
  "model User {\n  id    Int    @id\n  role  Role\n  posts Post[]\n  tags  Tag[]\n}\n",
  "model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n",
  "model Tag {\n  id    Int    @id\n  users User[]\n}\n",
];

describe("parseSchema()", () => {
  it("gives the same model whatever the declaration order", () => {
    const forward = parseSchema(blocks.join("\n"));
    const backward = parseSchema([...blocks].reverse().join("\n"));
    const shuffled = parseSchema([blocks[3], blocks[0], blocks[4], blocks[2], blocks[1]].join("\n"));
    expect(forward.valid).toBe(true);
    expect(withoutLocations(backward.model)).toEqual(withoutLocations(forward.model));
    expect(withoutLocations(shuffled.model)).toEqual(withoutLocations(forward.model));
    expect(forward.model.models.map((model) => model.name)).toEqual(["Post", "Tag", "User"]);
  });

  it("reads a multi-file schema and locates diagnostics in the right file", () => {
    const result = parseSchema([
      { path: "prisma/schema/base.prisma", content: blocks[0] as string },
      { path: "prisma/schema/user.prisma", content: "model User {\n  id    Int    @id\n  posts Post[]\n}\n" },
      {
        path: "prisma/schema/post.prisma",
        content:
          "model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n  x        Nope\n}\n",
      },
    ]);
    expect(result.model.relations).toHaveLength(1);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "E203",
        file: "prisma/schema/post.prisma",
        range: { start: { line: 4, character: 11 }, end: { line: 4, character: 15 } },
      }),
    ]);
  });

  it("keeps doc comments on models, fields and enum values", () => {
    const { model } = parseSchema(
      "/// A user.\n/// Second line.\nmodel User {\n  /// The key.\n  id Int @id /// trailing\n}\n\nenum E {\n  /// First.\n  A\n}\n",
    );
    expect(model.models[0]?.documentation).toBe("A user.\nSecond line.");
    expect(model.models[0]?.fields[0]?.documentation).toBe("The key.\ntrailing");
    expect(model.enums[0]?.values[0]?.documentation).toBe("First.");
  });

  it("resolves defaults, native types, maps and @updatedAt", () => {
    const { model, valid } = parseSchema(
      'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id String @id @default(uuid(7)) @db.Uuid\n  n Int @default(-3) @map("n_col")\n  at DateTime @updatedAt\n  tags String[] @default(["a"])\n\n  @@map("as")\n}\n',
    );
    expect(valid).toBe(true);
    const a = model.models[0];
    expect(a?.dbName).toBe("as");
    expect(a?.fields[0]).toMatchObject({
      default: { kind: "function", name: "uuid", args: [7] },
      nativeType: { name: "Uuid", args: [] },
    });
    expect(a?.fields[1]).toMatchObject({ dbName: "n_col", default: { kind: "literal", value: -3, raw: "-3" } });
    expect(a?.fields[2]).toMatchObject({ isUpdatedAt: true });
    expect(a?.fields[3]).toMatchObject({
      isList: true,
      default: { kind: "list", values: [{ kind: "literal", value: "a" }] },
    });
  });

  it("reports each block's own problems when another block has a syntax error", () => {
    const { diagnostics } = parseSchema("model A {\n  id Int @id\n  ??\n}\nmodel B {\n  id Int @id\n  x  Nope\n}\n");
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ["E104", 2],
      ["E203", 6],
    ]);
  });

  it("reports an unclosed block at its name and still reads the next block", () => {
    const { diagnostics, model } = parseSchema("model A {\n  id Int @id\n\nmodel B {\n  id Int @id\n}\n");
    expect(diagnostics.map((d) => d.code)).toEqual(["E103"]);
    expect(model.models.map((m) => m.name)).toEqual(["A", "B"]);
  });
});
