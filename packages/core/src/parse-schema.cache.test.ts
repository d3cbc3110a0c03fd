import { describe, expect, it } from "vitest";
import { createParseCache, parseSchema, type SchemaFile } from "./parse-schema.js";

const base: readonly SchemaFile[] = [
  { path: "schema/base.prisma", content: 'datasource db {\n  provider = "postgresql"\n}\n' },
  {
    path: "schema/user.prisma",
    content: "model User {\n  id    Int    @id\n  email String @unique\n  posts Post[]\n}\n",
  },
  {
    path: "schema/post.prisma",
    content:
      "model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n",
  },
];

/** `files` with one file's text replaced. */
const edit = (files: readonly SchemaFile[], path: string, change: (text: string) => string) =>
  files.map((file) => (file.path === path ? { path, content: change(file.content) } : file));

/** What parseSchema answers, with the model built (it is built on first access). */
const answer = (files: readonly SchemaFile[], cache?: ReturnType<typeof createParseCache>) => {
  const result = parseSchema(files, cache ? { cache } : {});
  return { model: result.model, diagnostics: result.diagnostics, valid: result.valid };
};

describe("parseSchema with a cache", () => {
  it("answers exactly as without one through a series of edits, parsing again only the edited file", () => {
    const cache = createParseCache();
    const steps = [
      base,
      edit(base, "schema/user.prisma", (text) => text.replace("  posts Post[]\n", "  posts Post[]\n  name  String?\n")),
      // A syntax error, then an edit elsewhere while it stays: its diagnostics come from the cache.
      edit(base, "schema/post.prisma", (text) => text.replace("  authorId Int\n", "  authorId Int @@@\n")),
      edit(
        edit(base, "schema/post.prisma", (text) => text.replace("  authorId Int\n", "  authorId Int @@@\n")),
        "schema/user.prisma",
        (text) => text.replace("email String @unique", "email String"),
      ),
      base,
    ];
    let previous = new Map<string, unknown>();
    for (const [index, files] of steps.entries()) {
      expect(answer(files, cache), `step ${index}`).toEqual(answer(files));
      const trees = new Map([...cache.files].map(([path, parsed]) => [path, parsed.ast]));
      for (const file of files) {
        const before = steps[index - 1]?.find((other) => other.path === file.path);
        const reused = trees.get(file.path) === previous.get(file.path);
        expect(reused, `step ${index}: ${file.path}`).toBe(before?.content === file.content);
      }
      previous = trees;
    }
    expect(answer(steps[3] as SchemaFile[], cache).diagnostics.some((d) => d.file === "schema/post.prisma")).toBe(true);
  });

  it("forgets a file that left the schema, and parses it afresh when it comes back", () => {
    const cache = createParseCache();
    parseSchema(base, { cache });
    const withoutPost = base.filter((file) => file.path !== "schema/post.prisma");
    const result = parseSchema(withoutPost, { cache });
    expect(result.valid).toBe(false);
    expect([...cache.files.keys()].sort()).toEqual(["schema/base.prisma", "schema/user.prisma"]);
    expect(answer(base, cache)).toEqual(answer(base));
  });

  it("treats a renamed file as a new one: its diagnostics name the new path", () => {
    const cache = createParseCache();
    const broken = edit(base, "schema/post.prisma", (text) => `${text}\nnonsense here\n`);
    parseSchema(broken, { cache });
    const renamed = broken.map((file) =>
      file.path === "schema/post.prisma" ? { path: "schema/posts.prisma", content: file.content } : file,
    );
    const result = answer(renamed, cache);
    expect(result).toEqual(answer(renamed));
    expect(result.diagnostics.map((d) => d.file)).toContain("schema/posts.prisma");
  });
});
