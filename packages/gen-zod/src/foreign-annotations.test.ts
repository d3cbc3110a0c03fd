import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { typecheckProject } from "@cardinal/testing";
import { afterAll, describe, expect, it } from "vitest";
import { zodCommentKind } from "./annotations.js";
import { generateZod } from "./generate-zod.js";

/** Every form of zod-prisma and zod-prisma-types comments, on models and fields, beside Cardinal's own. */
const schema = [
  'datasource db {\n  provider = "postgresql"\n}',
  "/// A user.",
  "/// @zod.import([\"import { Email } from './email'\"])",
  "model User {",
  "  id    Int    @id",
  "  /// @zod.custom(imports.Email)",
  "  email String",
  '  /// @zod.string.describe("The name")',
  "  /// @zod .max(100)",
  "  name  String",
  "  nick  String /// @zod.string.min(1)",
  "  /// @zod.number.int().gt(0)",
  "  age   Int",
  "  /// @zod.custom.use(z.string().refine((val) => val.length > 2))",
  "  bic   String",
  '  /// @zod.custom.omit(["input"])',
  "  token String",
  "  /// The zodiac sign; @zodiac is no annotation.",
  "  sign  String",
  "}",
  "",
].join("\n");

/** Where each `/// @zod.` comment is, found in the text independently of the parser. */
function foreignCommentRanges(text: string) {
  return text.split("\n").flatMap((line, index) => {
    const at = line.indexOf("/// @zod.");
    const range = { start: { line: index, character: at }, end: { line: index, character: line.trimEnd().length } };
    return at < 0 ? [] : [range];
  });
}

const require = createRequire(import.meta.url);
const root = mkdtempSync(join(tmpdir(), "cardinal-zod-foreign-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("generateZod() on comments written for other tools", () => {
  const parsed = parseSchema(schema);
  const result = generateZod(parsed.model);

  it("the schema is valid for core, and every foreign comment is one W005 at the comment's own range", () => {
    expect(parsed.diagnostics).toEqual([]);
    const expected = foreignCommentRanges(schema);
    expect(expected).toHaveLength(7);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.file, d.range])).toEqual(
      expected.map((range) => ["W005", "warning", "schema.prisma", range]),
    );
    expect(result.diagnostics[1]?.message).toContain("`/// @zod.custom(imports.Email)` on User.email");
  });

  it("still generates, applies Cardinal's own annotation and carries every comment as JSDoc", () => {
    const source = result.files.find((file) => file.path === "models/User.ts")?.content ?? "";
    expect(source).toContain("name: z.string().max(100),");
    expect(source).toContain("email: z.string(),");
    expect(source).toContain("age: z.int32(),");
    for (const line of schema.split("\n").filter((text) => text.includes("/// @zod."))) {
      const comment = line.slice(line.indexOf("///") + 3).trim();
      expect(source).toContain(comment);
    }
    expect(source).toContain("/** @zod.custom(imports.Email) */\n    email: z.string(),");
  });

  it("the generated files type-check with tsc against the real zod", () => {
    mkdirSync(join(root, "node_modules"), { recursive: true });
    symlinkSync(dirname(realpathSync(require.resolve("zod/package.json"))), join(root, "node_modules/zod"), "dir");
    for (const file of result.files) {
      const path = join(root, "src", file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    expect(typecheckProject(root, "nodenext", { compilerOptions: { skipLibCheck: true } })).toBe("");
  }, 120_000);

  it("Cardinal's own forms are still checked (E601) next to foreign ones", () => {
    const model = (field: string) =>
      parseSchema(`datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n${field}\n}\n`).model;
    for (const [field, message] of [
      ["  /// @zod.string.min(1)\n  /// @zod .email()\n  n Int", "`.email()` does not fit a number field"],
      ["  /// @zod\n  s String", "nothing follows @zod"],
      ["  /// @zod-x\n  s String", "cannot read `-x`"],
      ["  /// @zod .max(1); process.exit()\n  s String", "cannot read"],
    ] as const) {
      const { files, diagnostics } = generateZod(model(field));
      expect(files, field).toEqual([]);
      expect(diagnostics.filter((d) => d.code === "E601").map((d) => d.message)).toEqual([
        expect.stringContaining(message),
      ]);
    }
  });
});

describe("zodCommentKind()", () => {
  it("tells foreign `@zod.` comments from Cardinal's `@zod ` annotations and plain text", () => {
    expect(zodCommentKind('@zod.custom.omit(["input"])')).toBe("foreign");
    expect(zodCommentKind("@zod.max(255)")).toBe("foreign");
    expect(zodCommentKind("@zod .max(255)")).toBe("cardinal");
    expect(zodCommentKind("@zod")).toBe("cardinal");
    expect(zodCommentKind("@zod-x")).toBe("cardinal");
    expect(zodCommentKind("@zodiac")).toBeUndefined();
    expect(zodCommentKind("The address")).toBeUndefined();
  });
});
