import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { embedMermaid } from "./docs/embed.js";
import { generateMermaid } from "./generate-mermaid.js";
import { mermaidOptionsSchema } from "./options-schema.js";
import { mermaidGenerator } from "./plugin.js";

const { model } = parseSchema([
  {
    path: "schema.prisma",
    content:
      'datasource db {\n  provider = "postgresql"\n}\n\nenum Role {\n  A\n}\n\nmodel User {\n  id   Int  @id\n  role Role\n}\n',
  },
]);

describe("mermaidGenerator", () => {
  it("answers no options as its zod schema does, without loading zod, and any other through zod", () => {
    expect(mermaidGenerator.options.safeParse({})).toEqual(mermaidOptionsSchema.safeParse({}));
    expect(mermaidGenerator.options.safeParse({})).toEqual({ success: true, data: {} });
    expect(Object.keys(mermaidGenerator.options.shape ?? {})).toEqual(Object.keys(mermaidOptionsSchema.shape));
  });

  it("`mermaidGenerator` is named mermaid and generates what generateMermaid() does with the options its schema checked", async () => {
    expect(mermaidGenerator.name).toBe("mermaid");
    const parsed = mermaidGenerator.options.safeParse({ direction: "LR", docs: ["README.md"] });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    expect(await mermaidGenerator.generate(model, parsed.data)).toEqual(generateMermaid(model, { direction: "LR" }));
  });

  it("`mermaidGenerator`'s options schema refuses a bad value with what it expected", () => {
    const parsed = mermaidGenerator.options.safeParse({ maxCharacters: 0, split: "x" });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(parsed.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [["split"], '"auto", "group", "component" or "none"'],
        [["maxCharacters"], "a positive integer"],
      ]);
  });
});

describe("mermaidGenerator.embed()", () => {
  it("`mermaidGenerator.embed()` keeps the diagram between the markers as embedMermaid() does, docs left out", async () => {
    const markdown = "# Model\n\n<!-- cardinal:mermaid:start -->\n<!-- cardinal:mermaid:end -->\n";
    const result = await mermaidGenerator.embed?.(markdown, model, { direction: "LR", docs: ["README.md"] });
    expect(result).toEqual(embedMermaid(markdown, model, { direction: "LR" }));
    expect(result?.content).toContain("erDiagram");
  });
});
