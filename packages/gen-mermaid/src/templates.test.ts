import { describe, expect, test } from "vitest";
import { renderDiagramText, renderMarkdown } from "./templates.js";

const attribute = { type: "Int", name: "id", keys: undefined, comment: undefined };

describe("renderDiagramText()", () => {
  test("renderDiagramText() writes the optional parts only when they are set", () => {
    const entity = { key: "A", id: '"A"', label: undefined, attributes: [attribute] };
    const bare = { title: undefined, header: "h", direction: undefined, entities: [entity], relationships: [] };
    expect(renderDiagramText(bare)).toBe('%% h\nerDiagram\n    "A" {\n        Int id\n    }\n');
    const full = {
      title: '"T"',
      header: "h",
      direction: "LR",
      entities: [{ ...entity, label: '"a"', attributes: [{ ...attribute, keys: "PK", comment: '"c"' }] }],
      relationships: [
        { models: ["A", "A"] as const, first: '"A"', second: '"A"', cardinality: "||--o{", label: '"r"' },
      ],
    };
    expect(renderDiagramText(full)).toBe(
      '---\ntitle: "T"\n---\n%% h\nerDiagram\n    direction LR\n    "A"["a"] {\n        Int id PK "c"\n    }\n    "A" ||--o{ "A" : "r"\n',
    );
  });
});

describe("renderMarkdown()", () => {
  test("renderMarkdown() writes one fenced block per diagram, with its heading when it has one", () => {
    const diagrams = [
      { heading: undefined, text: "erDiagram\n" },
      { heading: "Billing", text: "erDiagram\n" },
    ];
    expect(renderMarkdown({ header: "h", title: "T", diagrams })).toBe(
      "<!-- h -->\n\n# T\n\n```mermaid\nerDiagram\n```\n\n## Billing\n\n```mermaid\nerDiagram\n```\n",
    );
  });
});
