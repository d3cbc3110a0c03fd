import { describe, expect, it } from "vitest";
import { parseSchema } from "../parse-schema.js";

/** A schema with a datasource of `provider` (plus extra datasource lines) and the given blocks. */
function schema(provider: string, blocks: string, datasourceExtra = ""): string {
  return `datasource db {\n  provider = "${provider}"\n${datasourceExtra}}\n\n${blocks}\n`;
}

function codes(text: string): string[] {
  return parseSchema(text).diagnostics.map((diagnostic) => diagnostic.code);
}

const teamMember = (action: string) => `model Team {
  id      Int      @id
  members Member[]
}

model Member {
  id     Int  @id
  teamId Int
  team   Team @relation(fields: [teamId], references: [id], onDelete: ${action})

  @@index([teamId])
}`;

describe("checkProviderRules()", () => {
  it("reports `clustered` outside SQL Server at the attribute, and accepts it on SQL Server", () => {
    const blocks = "model A {\n  id Int @id\n  b  Int\n\n  @@index([b], clustered: true)\n}";
    const result = parseSchema(schema("mysql", blocks));
    const diagnostic = result.diagnostics.find((d) => d.code === "E309");
    expect(diagnostic?.range.start).toEqual({ line: 8, character: 2 });
    expect(codes(schema("sqlserver", blocks.replace("@id", "@id(clustered: false)")))).toEqual([]);
  });

  it("reports an operator class that does not fit the index type", () => {
    const blocks = "model A {\n  id Int @id\n  t  String\n\n  @@index([t(ops: InetOps)], type: Gin)\n}";
    expect(codes(schema("postgresql", blocks))).toContain("E314");
    expect(codes(schema("postgresql", blocks.replace("InetOps", 'raw("gin_trgm_ops")')))).toEqual([]);
  });

  it("allows referential actions per provider and relation mode", () => {
    expect(codes(schema("sqlserver", teamMember("Restrict")))).toContain("E411");
    expect(codes(schema("postgresql", teamMember("Restrict")))).toEqual([]);
    expect(codes(schema("postgresql", teamMember("NoAction"), '  relationMode = "prisma"\n'))).toContain("E411");
    expect(codes(schema("mysql", teamMember("NoAction"), '  relationMode = "prisma"\n'))).toEqual([]);
  });

  it("finds a cascade cycle only where Prisma checks for one", () => {
    const blocks = `model Node {
  id       Int    @id
  parentId Int?
  parent   Node?  @relation("Tree", fields: [parentId], references: [id], onDelete: Cascade)
  children Node[] @relation("Tree")

  @@index([parentId])
}`;
    expect(codes(schema("postgresql", blocks))).toEqual([]);
    expect(codes(schema("postgresql", blocks, '  relationMode = "prisma"\n'))).toContain("E412");
    expect(codes(schema("sqlserver", blocks))).toContain("E412");
    const broken = blocks.replace("onDelete: Cascade", "onDelete: NoAction, onUpdate: NoAction");
    expect(codes(schema("sqlserver", broken))).toEqual([]);
  });

  it("reports native type arguments out of range", () => {
    const blocks = "model A {\n  id Int @id\n  s  String @db.VarChar(70000)\n}";
    expect(codes(schema("mysql", blocks))).toEqual(["E505"]);
    expect(codes(schema("mysql", blocks.replace("70000", "191")))).toEqual([]);
  });

  it("reports a schema listed twice at the second occurrence", () => {
    const text = schema("postgresql", 'model A {\n  id Int @id\n\n  @@schema("a")\n}', '  schemas = ["a", "a"]\n');
    const diagnostic = parseSchema(text).diagnostics.find((d) => d.code === "E506");
    expect(diagnostic?.range.start).toEqual({ line: 2, character: 18 });
  });
});
