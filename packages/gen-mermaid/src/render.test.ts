import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { describe, expect, it } from "vitest";
import { generateMermaid } from "./generate-mermaid.js";
import { findBrowser, RenderUnavailableError, renderMermaid } from "./render.js";

function browserOrReason(): { path?: string; skip?: string } {
  try {
    return { path: findBrowser() };
  } catch (error) {
    // In CI a missing browser is a failure of .ci/run, not a reason to skip.
    if (process.env.CI === "true") throw error;
    return { skip: `no Chromium on this machine (${(error as Error).message.split(".")[0]})` };
  }
}

const browser = browserOrReason();
const example = join(import.meta.dirname, "../../../examples/blog/schema.prisma");

describe("renderMermaid()", () => {
  it("says plainly how to get a browser when none is found", () => {
    const saved = process.env.CHROMIUM_PATH;
    delete process.env.CHROMIUM_PATH;
    try {
      expect(() => findBrowser("/missing/chromium", [])).toThrow(RenderUnavailableError);
      expect(() => findBrowser("/missing/chromium", [])).toThrow(
        "No Chromium or Chrome found (looked at /missing/chromium). Install one (e.g. `apt-get install chromium`)",
      );
    } finally {
      if (saved !== undefined) process.env.CHROMIUM_PATH = saved;
    }
  });

  it.skipIf(browser.skip !== undefined)(
    `renders the example to SVG and PNG in Chromium, one entity box per model and enum${browser.skip ? ` (skipped: ${browser.skip})` : ""}`,
    async () => {
      const { model } = parseSchema(readFileSync(example, "utf8"));
      const text = generateMermaid(model).files[0]?.content ?? "";
      const [svg] = (await renderMermaid([text])) as string[];
      const boxes = svg?.match(/<g class="node[^"]*" id="[^"]*-entity-[^"]*"/g) ?? [];
      expect(boxes).toHaveLength(model.models.length + model.enums.length);
      const [png] = await renderMermaid([text], { format: "png" });
      expect(png).toBeInstanceOf(Uint8Array);
      // PNG signature; the image is kept as a test artifact.
      expect([...(png as Uint8Array).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      writeFileSync(join(import.meta.dirname, "../test-artifacts-example.png"), png as Uint8Array);
    },
    60_000,
  );
});
