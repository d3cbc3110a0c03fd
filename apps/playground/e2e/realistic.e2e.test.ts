import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseSchema } from "@cardinal/core";
import { findBrowser } from "@cardinal/gen-mermaid/render";
import { loadRealisticSchemas, seededSample, serveStatic } from "@cardinal/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawnDiagram, relationshipLines, waitForElkDiagram } from "./support.js";

const dist = join(import.meta.dirname, "../dist");
const artifacts = join(import.meta.dirname, "../test-artifacts");
function skipReason(): string | undefined {
  if (process.env.CI === "true") return undefined;
  try {
    findBrowser();
  } catch (error) {
    return `no Chromium on this machine (${(error as Error).message.split(".")[0]})`;
  }
  return existsSync(dist) ? undefined : "the playground is not built";
}
const skip = skipReason();
const schemas = seededSample(loadRealisticSchemas(), 3, "playground realistic schemas", "CARDINAL_PLAYGROUND_ALL").map(
  (schema) => ({
    name: schema.name,
    text: schema.files.map((file) => file.content).join("\n"),
  }),
);

describe.skipIf(skip !== undefined)(`realistic schemas drawn in Chromium${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await chromium.launch({ executablePath: findBrowser(), args: ["--headless", "--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(server.url);
    await waitForElkDiagram(page, null);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(schemas)(
    "$name: one labelled line per relation, no label boxes intersect",
    async ({ name, text }) => {
      const { model } = parseSchema(text);
      const before = await page.getAttribute("#diagram", "data-rendered");
      await page.click(".cm-content");
      await page.keyboard.press("Control+A");
      await page.keyboard.insertText(text);
      await waitForElkDiagram(page, before, 120_000);
      const lines = relationshipLines((await page.textContent("#mermaid")) ?? "");
      const drawn = await drawnDiagram(page);
      // Composite types drawn as entities add one line per embedding (MongoDB); every relation has its line.
      expect(lines).toBeGreaterThanOrEqual(model.relations.length);
      expect({ edges: drawn.edges, labels: drawn.labels.length, overlaps: drawn.overlaps }).toEqual({
        edges: lines,
        labels: lines,
        overlaps: [],
      });
      await page.screenshot({ path: join(artifacts, `realistic-${name}.png`) });
    },
    180_000,
  );
});
