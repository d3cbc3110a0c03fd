import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { embedMermaid } from "./docs/embed.js";
import { generateMermaid } from "./generate-mermaid.js";

const root = join(import.meta.dirname, "../../..");

describe("the bundled example", () => {
  const { model } = parseSchema(readFileSync(join(root, "examples/blog/schema.prisma"), "utf8"));
  const files = generateMermaid(model, { title: "Blog example" }).files;

  it.each(files.map((file) => [file.path, file] as const))(
    "has an up-to-date examples/blog/generated/mermaid/%s (run `npm run example`)",
    (_path, file) => {
      expect(readFileSync(join(root, "examples/blog/generated/mermaid", file.path), "utf8")).toBe(file.content);
    },
  );

  it("is embedded in the README between cardinal:mermaid markers, up to date (run `npm run example`)", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const embedded = embedMermaid(readme, model, { title: "Blog example" });
    expect(embedded.errors).toEqual([]);
    expect(embedded.blocks.map((block) => block.changed)).toEqual([false]);
    expect(readme).toContain(`\`\`\`mermaid\n${files[0]?.content}\`\`\`\n<!-- cardinal:mermaid:end -->`);
  });
});
