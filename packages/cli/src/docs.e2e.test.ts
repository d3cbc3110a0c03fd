import { readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { parseMermaidErDiagram } from "@cardinal/testing";
import { afterEach, describe, expect, it } from "vitest";
import { gen, project, removeProjects, write } from "./test-support/e2e.js";

afterEach(removeProjects);

const schema = (extra = "") => `datasource db {
  provider = "postgresql"
}

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
${extra}`;

const start = "<!-- cardinal:mermaid:start -->";
const end = "<!-- cardinal:mermaid:end -->";
/** Text around the markers that must survive byte for byte: trailing spaces, tabs, non-ASCII, a shown marker. */
const parts = [
  "# Shop  \n\nThe data model,\tdrawn by Cardinal — ünïcode ✓.\n\n```md\n<!-- cardinal:mermaid:start -->\n```\n\n",
  `${start}\n`,
  `${end}\n\n## Billing   \n\n`,
  "<!-- cardinal:mermaid:start group=Billing direction=LR -->\nanything old\n",
  `${end}\nThe end, no final newline.`,
];

/** The README with the text between markers taken out: what must not change. */
const outside = (text: string) =>
  text.replace(/(cardinal:mermaid:start[^\n]*-->\r?\n)[\s\S]*?(<!-- cardinal:mermaid:end)/g, "$1$2");

describe("gen --docs (the built binary)", { timeout: 120_000 }, () => {
  it("keeps diagrams between the markers of a README, the rest byte-identical; check reports a stale one", async () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    write(dir, "README.md", parts.join(""));
    const first = gen(dir, "--docs", "README.md");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("docs     1 written, 0 unchanged → README.md");
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(outside(readme)).toBe(outside(parts.join("")));
    const diagrams = [...readme.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);
    expect(diagrams).toHaveLength(2);
    expect((await parseMermaidErDiagram(diagrams[0] as string)).entities.map((e) => e.name).sort()).toEqual([
      "Customer",
      "Invoice",
    ]);
    const billing = await parseMermaidErDiagram(diagrams[1] as string);
    expect(billing.entities.map((e) => e.alias)).toEqual(["", "Customer (in Customers)"]);
    expect(readFileSync(join(dir, "generated/.cardinal-manifest.json"), "utf8")).not.toContain("README");

    const mtime = statSync(join(dir, "README.md")).mtimeMs;
    expect(gen(dir, "--docs", "README.md").stdout).toContain("docs     0 written, 1 unchanged");
    expect(statSync(join(dir, "README.md")).mtimeMs).toBe(mtime);
    expect(gen(dir, "check", "--docs", "README.md")).toMatchObject({ code: 0 });

    write(dir, "prisma/schema.prisma", schema("\n/// @group Billing\nmodel Payment {\n  id Int @id\n}\n"));
    type Files = { files: { path: string; change: string; docs?: true; line?: number }[] };
    const dryRun = JSON.parse(gen(dir, "--dry-run", "--json", "--docs", "README.md").stdout) as Files;
    expect(dryRun.files).toContainEqual({ path: "README.md", change: "update", docs: true });
    const checkJson = JSON.parse(gen(dir, "check", "--json", "--docs", "README.md").stdout) as Files;
    expect(checkJson.files.filter((f) => f.docs)).toEqual([
      { path: "README.md", change: "update", docs: true, line: 9 },
      { path: "README.md", change: "update", docs: true, line: expect.any(Number) },
    ]);
    const stale = gen(dir, "check", "--docs", "README.md");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("stale    README.md:9 (the diagram embedded below this marker line)");
    expect(stale.stderr).toContain("stale    README.md:");
    expect(stale.stderr.match(/README\.md:/g)).toHaveLength(2);
    expect(gen(dir, "--docs", "README.md").code).toBe(0);
    expect(outside(readFileSync(join(dir, "README.md"), "utf8"))).toBe(outside(parts.join("")));
    expect(gen(dir, "check", "--docs", "README.md").code).toBe(0);
  });

  it("takes docs from the config and keeps a CRLF file CRLF", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    write(dir, "cardinal.config.json", JSON.stringify({ generators: { mermaid: { docs: ["docs/model.md"] } } }));
    const crlf = `Intro\r\n\r\n${start}\r\n${end}\r\nOutro\r\n`;
    write(dir, "docs/model.md", crlf);
    expect(gen(dir).code).toBe(0);
    const text = readFileSync(join(dir, "docs/model.md"), "utf8");
    expect(text).toContain("erDiagram\r\n");
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(outside(text)).toBe(outside(crlf));
    expect(gen(dir, "check").code).toBe(0);
  });

  it("refuses a file without markers, unbalanced markers and a link, naming the file; writes nothing", () => {
    const dir = project();
    write(dir, "prisma/schema.prisma", schema());
    const cases: [string, string, RegExp][] = [
      ["plain.md", "# No markers here\n", /^gen: plain\.md:1:1: no <!-- cardinal:mermaid:start --> marker/],
      ["open.md", `a\n\n${start}\nb\n`, /^gen: open\.md:3:1: a start marker without an end marker/],
      ["close.md", `a\n ${end}\n`, /^gen: close\.md:2:2: an end marker without a start marker/],
      [
        "group.md",
        "<!-- cardinal:mermaid:start group=Nope -->\n<!-- cardinal:mermaid:end -->\n",
        /^gen: group\.md:1:29: no model is in group "Nope"/,
      ],
    ];
    for (const [file, text, message] of cases) {
      write(dir, file, text);
      const result = gen(dir, "--docs", file);
      expect(result.code, file).toBe(2);
      expect(result.stderr, file).toMatch(message);
      expect(readFileSync(join(dir, file), "utf8")).toBe(text);
    }
    write(dir, "real.md", `${start}\n${end}\n`);
    symlinkSync(join(dir, "real.md"), join(dir, "link.md"));
    const link = gen(dir, "--docs", "link.md");
    expect(link).toMatchObject({ code: 2, stderr: expect.stringContaining("link.md is a symbolic link") });
    expect(readFileSync(join(dir, "real.md"), "utf8")).toBe(`${start}\n${end}\n`);
    expect(gen(dir, "--docs", "../outside.md")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("outside the project"),
    });
  });
});
