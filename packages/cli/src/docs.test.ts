import { describe, expect, it } from "vitest";
import { resolveConfig } from "./config.js";
import { type DocsFile, staleDocs } from "./docs.js";

const block = (current: string, expected: string, line = 3) => ({
  line,
  current,
  expected,
  changed: current !== expected,
});
const file = (blocks: DocsFile["blocks"]): DocsFile => ({
  path: "docs/model.md",
  absolute: "/p/docs/model.md",
  current: "",
  content: "",
  blocks,
});

describe("staleDocs()", () => {
  it("names file:line of each block whose diagram differs, ignoring whitespace and line breaks", () => {
    const diagram = '```mermaid\nerDiagram\n    "User" {\n    }\n```\n';
    expect(staleDocs([file([block(diagram.replace(/\n/g, "\r\n"), diagram)])])).toEqual([]);
    expect(staleDocs([file([block(diagram.replace(/ {4}/g, "  "), diagram)])])).toEqual([]);
    expect(staleDocs([file([block(diagram, diagram), block(diagram.replace("User", "Usr"), diagram, 40)])])).toEqual([
      "docs/model.md:40",
    ]);
  });
});

describe("resolveConfig() docs", () => {
  it("takes generators.mermaid.docs as a list of paths, and --docs over it", () => {
    const config = resolveConfig({ generators: { mermaid: { docs: ["README.md"] } } }, { docs: ["a.md"] }, "/p");
    expect("config" in config && config.config.generators.get("mermaid")?.docs).toEqual(["a.md"]);
  });

  it("refuses docs that are not a list of paths, and --docs with the mermaid generator off", () => {
    expect(resolveConfig({ generators: { mermaid: { docs: "README.md" } } }, {}, "/p")).toEqual({
      errors: [
        {
          path: "generators.mermaid.docs",
          expected: "an array of Markdown file paths",
          received: 'string "README.md"',
        },
      ],
    });
    expect(resolveConfig({ generators: { mermaid: false } }, { docs: ["README.md"] }, "/p")).toEqual({
      errors: [
        { path: "--docs", expected: "the mermaid generator on (it draws the diagrams)", received: "mermaid off" },
      ],
    });
  });
});
