import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { diffSql } from "./diff-sql.js";

const root = join(import.meta.dirname, "../../../..");

/** The README's example edit of the blog schema: a renamed model and field, a new column, a dropped one. */
function editedBlog(blog: string): string {
  return blog
    .replace("model Tag {", "/// @renamedFrom Tag\nmodel Label {")
    .replace("tags        Tag[]", "tags        Label[]")
    .replace("  text     String\n", "  /// @renamedFrom text\n  body     String\n")
    .replace("  published   Boolean   @default(false)\n", "  slug        String?   @unique\n");
}

describe("the README's migration example", () => {
  it("`diffSql()` of the blog schema and its edit is the script the README shows", () => {
    const blog = readFileSync(join(root, "examples/blog/schema.prisma"), "utf8");
    const edited = editedBlog(blog);
    expect(edited).not.toBe(blog);
    const from = parseSchema(blog);
    const to = parseSchema(edited);
    expect(to.valid).toBe(true);
    const [file] = diffSql(from.model, to.model, { dialects: ["postgresql"] }).files;
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).toContain(`\`\`\`sql\n${file?.content}\`\`\``);
  });
});
