import { parseSchema } from "@cardinal/core";
import { parseMermaidErDiagram } from "@cardinal/testing";
import { describe, expect, it } from "vitest";
import { embedMermaid, replaceBetweenMarkers } from "./embed.js";
import { findMarkerBlocks } from "./markers.js";

const schema = `
/// @group Billing
model Invoice {
  id         Int      @id
  customerId Int
  customer   Customer @relation(fields: [customerId], references: [id])
}

/// @group Customers
model Customer {
  id       Int       @id
  invoices Invoice[]
}
`;
const { model } = parseSchema(schema);
const start = "<!-- cardinal:mermaid:start -->";
const end = "<!-- cardinal:mermaid:end -->";

describe("replaceBetweenMarkers()", () => {
  it("changes only the text between the markers, in the file's line breaks", () => {
    const text = `before\r\n${start}\r\nold\r\nold\r\n${end}\r\nafter  \r\n`;
    const { blocks } = findMarkerBlocks(text);
    expect(replaceBetweenMarkers(text, blocks, () => "new\nlines\n")).toBe(
      `before\r\n${start}\r\nnew\r\nlines\r\n${end}\r\nafter  \r\n`,
    );
  });
});

describe("embedMermaid()", () => {
  const readme = `# Shop\n\nSome *text*  with trailing spaces  \n\n${start}\n${end}\n\n## Billing\n<!-- cardinal:mermaid:start group=Billing direction=LR -->\nstale\n${end}\nend of file`;

  it("keeps the text around the markers byte for byte and fills each block with a diagram Mermaid parses", async () => {
    const result = embedMermaid(readme, model, { title: "Shop" });
    expect(result.errors).toEqual([]);
    expect(result.blocks.map((b) => [b.line, b.changed, b.current])).toEqual([
      [5, true, ""],
      [9, true, "stale\n"],
    ]);
    const outside = (text: string) =>
      text.replace(/-->\n[\s\S]*?<!-- cardinal:mermaid:end/g, "-->\n<!-- cardinal:mermaid:end");
    expect(outside(result.content)).toBe(outside(readme));
    const fences = [...result.content.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(fences).toHaveLength(2);
    const whole = await parseMermaidErDiagram(fences[0] as string);
    expect(whole.entities.map((e) => e.name).sort()).toEqual(["Customer", "Invoice"]);
    expect(fences[1]).toContain("direction LR");
    expect(fences[1]).toContain('title: "Shop: Billing"');
    const billing = await parseMermaidErDiagram(fences[1] as string);
    // The Billing group draws Invoice, and Customer as the far end of its relation (labelled with its group).
    expect(billing.entities.map((e) => [e.name, e.alias])).toEqual([
      ["Invoice", ""],
      ["Customer", "Customer (in Customers)"],
    ]);
  });

  it("is stable: embedding again changes nothing", () => {
    const once = embedMermaid(readme, model).content;
    const twice = embedMermaid(once, model);
    expect(twice.content).toBe(once);
    expect(twice.blocks.map((b) => b.changed)).toEqual([false, false]);
  });

  it("reports an unknown group, attribute or value at the marker", () => {
    const text = `a\n<!-- cardinal:mermaid:start group=Shipping split=sometimes colour=red -->\n${end}\n`;
    const result = embedMermaid(text, model);
    expect(result.content).toBe(text);
    expect(result.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 44, expect.stringContaining('split: expected "auto", "group", "component", "none", received "sometimes"')],
      [2, 60, expect.stringContaining("unknown attribute colour")],
      [2, 29, expect.stringMatching(/^no model is in group "Shipping".*the groups are Billing, Customers$/)],
    ]);
  });
});
