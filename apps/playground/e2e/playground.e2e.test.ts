import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { findBrowser } from "@cardinal/gen-mermaid/render";
import { serveStatic } from "@cardinal/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examples } from "../src/logic/examples.js";
import { formatSchema } from "../src/logic/format-schema.js";
import { drawnDiagram, mainBundle, relationshipLines, waitForElkDiagram } from "./support.js";

const dist = join(import.meta.dirname, "../dist");
const artifacts = join(import.meta.dirname, "../test-artifacts");
// In CI a missing browser or build is a failure of .ci/run, not a reason to skip.
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
/**
 * The main bundle (gzip) must stay under 1 MB, and the first diagram show within 1.5 s from a cold served build (the
 * issue's target, measured with the page opened first done loading): 1.5 s on an idle machine, grown in proportion on
 * a busy one (load average above the number of cores, e.g. the suite itself), and the print says so;
 * `PLAYGROUND_FIRST_DIAGRAM_MS` sets it outright.
 */
const [loadAverage = 0] = loadavg();
const busy = Math.max(1, loadAverage / availableParallelism());
const firstDiagramTargetMs = 1500;
const firstDiagramBudgetMs = Number(process.env.PLAYGROUND_FIRST_DIAGRAM_MS ?? Math.round(firstDiagramTargetMs * busy));
const mainBundleBudgetBytes = 1_000_000;
const launchArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

describe.skipIf(skip !== undefined)(`the playground in Chromium${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const pageErrors: string[] = [];
  /** The share link before the diagnostic test's edit. */
  let linkBeforeEdit = "";
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await serveStatic(dist);
    browser = await chromium.launch({ executablePath: findBrowser(), args: launchArgs });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await page.goto(server.url);
    await page
      .waitForSelector('body[data-state="valid"] #diagram svg', { state: "attached" })
      .catch(async (error: Error) => {
        const state = await page.evaluate(() => [
          document.body.dataset.state,
          document.body.textContent?.slice(0, 2000),
        ]);
        throw new Error(`${error.message}\npage: ${JSON.stringify(state)}\nerrors: ${pageErrors.join("; ")}`);
      });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const entityBoxes = () => page.locator('#diagram svg g.node[id*="-entity-"]');
  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`) });

  it("shows the first diagram in time from a cold page, with a main bundle under 1 MB gzip", async () => {
    // The page opened above is still loading TypeScript for its types and zod, and ELK: measured beside that, the
    // cold page would share the two cores with it. Wait until it is done.
    await page.waitForFunction(
      () =>
        document.getElementById("types")?.textContent !== "" &&
        document.getElementById("diagram")?.dataset.layout === "elk",
      null,
      { timeout: 120_000 },
    );
    const cold = await browser.newContext({ viewport: { width: 1400, height: 900 } }); // empty cache
    const fresh = await cold.newPage();
    await fresh.goto(server.url);
    await fresh.waitForFunction(() => performance.getEntriesByName("first-diagram").length > 0, null, {
      timeout: 60_000,
    });
    const ms = await fresh.evaluate(() => performance.getEntriesByName("first-diagram")[0]?.startTime ?? Infinity);
    await cold.close();
    const bundle = mainBundle(dist);
    console.log(
      `playground: first diagram ${Math.round(ms)} ms (target ${firstDiagramTargetMs} ms; budget ${firstDiagramBudgetMs} ms: ${firstDiagramTargetMs} ms × ${busy.toFixed(1)} ` +
        `for load average ${loadAverage.toFixed(1)} on ${availableParallelism()} cores); ` +
        `main bundle ${(bundle.gzipBytes / 1024).toFixed(0)} KB gzip (${bundle.files.join(", ")})`,
    );
    expect(bundle.gzipBytes).toBeLessThan(mainBundleBudgetBytes);
    expect(ms).toBeLessThan(firstDiagramBudgetMs);
  });

  it("draws every relation of every gallery example as its own labelled line, labels apart, and Run succeeds", async () => {
    await page.click('[data-tab="diagram"]');
    for (const example of examples) {
      const current = (await page.inputValue("#example")) === example.id;
      const before = current ? null : await page.getAttribute("#diagram", "data-rendered");
      await page.selectOption("#example", example.id);
      await waitForElkDiagram(page, before);
      const mermaid = (await page.textContent("#mermaid")) ?? "";
      const drawn = await drawnDiagram(page);
      const lines = relationshipLines(mermaid);
      expect(lines, example.id).toBeGreaterThan(0);
      expect({ id: example.id, edges: drawn.edges, labels: drawn.labels.length, overlaps: drawn.overlaps }).toEqual({
        id: example.id,
        edges: lines,
        labels: lines,
        overlaps: [],
      });
      await shot(`diagram-${example.id}`);
      await page.click('[data-tab="database"]');
      await page.click("#apply");
      await expect.poll(() => page.textContent("#db-status"), { timeout: 30_000 }).toMatch(/^\d+ tables created/);
      await page.click("#run-statement");
      await expect.poll(() => page.getAttribute("#statement-result", "class"), { timeout: 30_000 }).not.toBe(null);
      expect(await page.textContent("#statement-result"), example.id).toMatch(/^OK, /);
      await page.evaluate(() => document.getElementById("statement-result")?.removeAttribute("class"));
      await page.click('[data-tab="diagram"]');
    }
    expect(dialogs).toEqual([]); // unedited examples are switched without asking
  }, 240_000);

  it("runs the SQL on PGlite and shows a second 1-1 row as a unique violation", async () => {
    const before = await page.getAttribute("#diagram", "data-rendered");
    await page.selectOption("#example", "one-to-one"); // PGlite is still open from the gallery test
    await waitForElkDiagram(page, before);
    await page.click('[data-tab="database"]');
    await page.click("#apply");
    await expect.poll(() => page.textContent("#db-status"), { timeout: 30_000 }).toBe("2 tables created");
    expect(
      await page
        .locator("#tables [data-table]")
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.table)),
    ).toEqual(["Profile", "User"]);
    expect(await page.textContent('#tables [data-table="Profile"]')).toContain(
      "Profile_userId_key: CREATE UNIQUE INDEX",
    );
    await page.fill(
      "#statement",
      `INSERT INTO "User" (email) VALUES ('ada@example.com');\nINSERT INTO "Profile" (bio, "userId") VALUES ('first', 1);`,
    );
    await page.click("#run-statement");
    await expect.poll(() => page.getAttribute("#statement-result", "class")).toBe("ok");
    await page.fill("#statement", `INSERT INTO "Profile" (bio, "userId") VALUES ('second', 1);`);
    await page.click("#run-statement");
    await expect
      .poll(() => page.textContent("#statement-result"))
      .toContain('duplicate key value violates unique constraint "Profile_userId_key"');
    await shot("unique-violation");
  });

  it("draws one entity box per model for a picked example", async () => {
    await page.selectOption("#example", "optional-one-to-one");
    await expect.poll(() => entityBoxes().count()).toBe(3);
    const ids = await entityBoxes().evaluateAll((nodes) =>
      nodes.map((node) => node.id.replace(/^.*-entity-/, "").replace(/-\d+$/, "")),
    );
    expect(ids.sort()).toEqual(["Car", "Passport", "Person"]);
    await shot("example-diagram");
  });

  it("exports the diagram as SVG and PNG, and links it to the Mermaid live editor", async () => {
    await page.click('[data-tab="diagram"]');
    const [svg] = await Promise.all([page.waitForEvent("download"), page.click("#export-svg")]);
    expect(svg.suggestedFilename()).toBe("schema.svg");
    expect(readFileSync((await svg.path()) as string, "utf8")).toMatch(
      /^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const bytes = readFileSync((await png.path()) as string);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(1000);
    expect(await page.getAttribute("#mermaid-live", "href")).toMatch(/^https:\/\/mermaid\.live\/edit#pako:[\w-]+$/);
  });

  it("shows a diagnostic at the line of an error", async () => {
    linkBeforeEdit = page.url();
    await page.click(".cm-content");
    await page.keyboard.press("Control+Home");
    for (let line = 1; line < 6; line++) await page.keyboard.press("ArrowDown"); // line 6: `id Int @id ...` of Person
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("oops Missing");
    const item = page.locator('#diagnostics li[data-line="7"]');
    await item.waitFor();
    expect(await item.textContent()).toMatch(/^schema\.prisma:7:\d+ E203 Type "Missing"/);
    await page.locator(".cm-lintRange-error").first().waitFor();
    await expect.poll(() => page.url()).not.toBe(linkBeforeEdit); // the edit's own share link is written
    expect(await page.getAttribute("body", "data-state")).toBe("invalid");
    expect(await page.isVisible("#stale")).toBe(true);
    await shot("diagnostic");
  });

  it("keeps the edit on reload, and asks before an example replaces it", async () => {
    const edited = await page.textContent(".cm-content");
    expect(edited).toContain("oops Missing");
    await page.reload();
    await page.waitForSelector('body[data-state="invalid"]', { state: "attached" });
    expect(await page.textContent(".cm-content")).toContain("oops Missing");
    expect(await page.inputValue("#example")).toBe("");
    // A reload may load the link of a moment before the edit while the closing page writes a newer one: that link
    // is one this browser's edits were made on, so the edit still wins.
    await page.goto(linkBeforeEdit);
    await page.reload();
    await page.waitForSelector('body[data-state="invalid"]', { state: "attached" });
    expect(await page.textContent(".cm-content")).toContain("oops Missing");
    await page.selectOption("#example", "one-to-one");
    expect(dialogs.at(-1)).toMatch(/Replace your edited schema/);
    await expect.poll(() => page.textContent(".cm-content")).not.toContain("oops Missing");
  });

  it("changes the SQL when the dialect changes", async () => {
    await page.waitForSelector('body[data-state="valid"]', { state: "attached" });
    await page.click('[data-tab="sql"]');
    await expect.poll(() => page.textContent("#sql")).toContain('CREATE TABLE "Profile"');
    const postgresql = await page.textContent("#sql");
    await page.selectOption("#dialect", "mysql");
    const mysql = await page.textContent("#sql");
    expect(mysql).not.toBe(postgresql);
    expect(mysql).toContain("CREATE TABLE `Profile`");
    await page.selectOption("#dialect", "sqlite");
    expect(await page.textContent("#sql")).not.toBe(mysql);
    await shot("sql");
  });

  it("checks a JSON value with a generated zod schema", async () => {
    await page.click('[data-tab="validate"]');
    // The first model's schema by default (the zod tab waits for TypeScript to load in the worker).
    await expect.poll(() => page.inputValue("#zod-schema"), { timeout: 60_000 }).toBe("UserSchema");
    await page.fill("#json", '{"id": 1, "email": "ada@example.com"}');
    await page.click("#check");
    // The first check loads TypeScript in the worker (to run the generated module): on demand, so it may take a while.
    await expect.poll(() => page.textContent("#check-result"), { timeout: 60_000 }).toMatch(/^valid/);
    await page.fill("#json", '{"id": "one"}');
    await page.click("#check");
    await expect.poll(() => page.textContent("#check-result")).toMatch(/^id: /);
    await shot("validators");
  });

  it("carries the schema and the options in a share link, to a visitor with none saved", async () => {
    await page.click('[data-tab="sql"]');
    await page.selectOption("#dialect", "mysql");
    await page.click("#share");
    const url = page.url();
    expect(url).toMatch(/#schema=[\w-]+&options=[\w-]+$/);
    const visitor = await browser.newContext(); // its own, empty localStorage
    const other = await visitor.newPage();
    await other.goto(url);
    await other.waitForSelector('body[data-state="valid"] #diagram svg', { state: "attached" });
    expect(await other.locator('#diagram svg g.node[id*="-entity-"]').count()).toBe(2);
    expect(await other.textContent(".cm-content")).toContain("model Profile");
    expect(await other.inputValue("#dialect")).toBe("mysql");
    await visitor.close();
  });

  it("copies an output with its Copy button, formats on Ctrl-S, completes types and draws a split schema with a picker", async () => {
    // A page of its own (its own localStorage), with the clipboard allowed.
    const own = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const tab = await own.newPage();
    tab.on("pageerror", (error) => pageErrors.push(error.message));
    await tab.goto(server.url);
    await tab.waitForSelector('body[data-state="valid"] #diagram svg', { state: "attached" });

    await tab.click('[data-tab="types"]');
    await expect.poll(() => tab.textContent("#types"), { timeout: 60_000 }).toContain("export interface");
    await tab.click('[data-copy="types"]');
    await expect.poll(() => tab.textContent('[data-copy="types"]')).toBe("Copied");
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(await tab.textContent("#types"));

    // Two unrelated models, unaligned: Ctrl-S lays them out as the formatter does.
    const unformatted =
      'datasource db {\nprovider = "sqlite"\n}\nmodel Alpha {\nid Int @id\nlabel String\n}\nmodel Beta {\nid Int @id\n}\n';
    expect(formatSchema(unformatted)).not.toBe(unformatted);
    await tab.click(".cm-content");
    await tab.keyboard.press("Control+A");
    await tab.keyboard.insertText(unformatted);
    await tab.keyboard.press("Control+S");
    const editorText = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll(".cm-content .cm-line")].map((line) => line.textContent ?? "").join("\n"),
      );
    await expect.poll(editorText).toBe(formatSchema(unformatted));

    // Completion after a field name offers the scalar types and the schema's own models.
    await tab.keyboard.press("Control+End");
    await tab.keyboard.insertText("\nmodel Gamma {\n  id Int @id\n  alpha ");
    await tab.keyboard.press("Control+Space");
    const options = tab.locator(".cm-tooltip-autocomplete li");
    await options.first().waitFor();
    const labels = await options.allTextContents();
    expect(labels).toEqual(expect.arrayContaining(["String", "Int", "Alpha", "Beta"]));
    await tab.keyboard.press("Escape");
    await tab.keyboard.insertText("Int\n}\n");

    // Split by component: one diagram per unrelated model, and a picker between them.
    await tab.click('[data-tab="diagram"]');
    await tab.click("#options-panel summary");
    await tab.selectOption('select[name="split"]', "component");
    await expect.poll(() => tab.locator("#diagram-file option").count(), { timeout: 30_000 }).toBe(3);
    expect(await tab.isVisible("#diagram-file")).toBe(true);
    const drawn = async () => (await tab.locator('#diagram svg g.node[id*="-entity-"]').allTextContents()).join(" ");
    await expect.poll(drawn).not.toBe("");
    const before = await drawn();
    const second = (await tab.locator("#diagram-file option").nth(1).getAttribute("value")) ?? "";
    expect(second).not.toBe(await tab.inputValue("#diagram-file"));
    await tab.selectOption("#diagram-file", second);
    await expect.poll(drawn, { timeout: 30_000 }).not.toBe(before);
    await own.close();
  });

  it("raised no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
