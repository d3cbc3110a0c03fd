import { describe, expect, it } from "vitest";
import { createDiagnosticCollector } from "../diagnostics/collector.js";
import { createSourceFile } from "../diagnostics/source-file.js";
import type { ModelBlock } from "../parser/ast.js";
import { parseSchemaFile } from "../parser/parse-file.js";
import { checkCompositeCycles } from "./composite-cycles.js";
import type { Located } from "./context.js";

/** The composite types of a schema, located, and the diagnostics `checkCompositeCycles` reports on them. */
function check(text: string) {
  const file = createSourceFile("schema.prisma", text);
  const collector = createDiagnosticCollector();
  const report = collector.forFile(file);
  const blocks = parseSchemaFile(file, report).blocks;
  const types = new Map<string, Located<ModelBlock>>();
  for (const block of blocks) if (block.kind === "type") types.set(block.name.text, { node: block, file, report });
  const started = performance.now();
  const work = checkCompositeCycles(types);
  const seconds = (performance.now() - started) / 1000;
  const fields = [...types.values()].reduce((sum, type) => sum + type.node.fields.length, 0);
  return { diagnostics: collector.diagnostics, work, fields, seconds };
}

const type = (name: string, fields: readonly string[]) =>
  `type ${name} {\n${fields.map((f) => `  ${f}\n`).join("")}}\n`;
const chain = (count: number, last: string) =>
  Array.from({ length: count }, (_, i) => type(`T${i}`, [`next ${i + 1 < count ? `T${i + 1}` : last}`, "n Int"])).join(
    "",
  );

describe("checkCompositeCycles()", () => {
  it("reports a type that contains itself on its field", () => {
    const { diagnostics } = check(type("A", ["n Int", "self A", "list A[]", "maybe A?"]));
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.message])).toEqual([
      [
        "E214",
        2,
        "The field `self` has the type of its own composite type `A`, an endless cycle. Make it optional or a list.",
      ],
    ]);
  });

  it("reports an indirect cycle once, with its path", () => {
    const { diagnostics } = check(
      type("A", ["b B"]) + type("B", ["c C"]) + type("C", ["a A", "z Z"]) + type("Z", ["n Int"]),
    );
    expect(diagnostics.map((d) => d.message)).toEqual([
      "The types cause an endless cycle in the path `A` → `B` → `C` → `A`. Make one of the fields optional or a list to break it.",
    ]);
  });

  it("reports a cycle of 3,000 types once, with a bounded message, in linear work", () => {
    const { diagnostics, work, fields, seconds } = check(chain(3000, "T0"));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain("(3,000 types)");
    expect(diagnostics[0]?.message.length).toBeLessThan(300);
    expect(work).toBeLessThanOrEqual(2 * fields);
    expect(seconds).toBeLessThan(5);
  });

  it("checks 3,000 types that lead into one small cycle in linear work", () => {
    const { diagnostics, work, fields, seconds } = check(
      chain(3000, "L0") + type("L0", ["l L1"]) + type("L1", ["l L0"]),
    );
    expect(diagnostics.map((d) => d.message)).toEqual([
      "The types cause an endless cycle in the path `L0` → `L1` → `L0`. Make one of the fields optional or a list to break it.",
    ]);
    expect(work).toBeLessThanOrEqual(2 * fields);
    expect(seconds).toBeLessThan(5);
  });

  it("checks 3,000 types, each referring to many others without a cycle, in linear work", () => {
    const text = Array.from({ length: 3000 }, (_, i) =>
      type(
        `T${i}`,
        Array.from({ length: Math.min(5, 2999 - i) }, (_, k) => `f${k} T${i + k + 1}`),
      ),
    ).join("");
    const { diagnostics, work, fields, seconds } = check(text);
    expect(diagnostics).toEqual([]);
    expect(work).toBeLessThanOrEqual(2 * fields);
    expect(seconds).toBeLessThan(5);
  });
});
