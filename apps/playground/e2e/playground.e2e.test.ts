import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { findBrowser } from "@cardinal/gen-mermaid/render";
import { serveStatic } from "@cardinal/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

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

describe.skipIf(skip !== undefined)(`the playground in Chromium${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await serveStatic(dist);
    browser = await chromium.launch({
      executablePath: findBrowser(),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
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

  it("draws one entity box per model for a picked example", async () => {
    await page.selectOption("#example", "optional-one-to-one");
    await expect.poll(() => entityBoxes().count()).toBe(3);
    const ids = await entityBoxes().evaluateAll((nodes) =>
      nodes.map((node) => node.id.replace(/^.*-entity-/, "").replace(/-\d+$/, "")),
    );
    expect(ids.sort()).toEqual(["Car", "Passport", "Person"]);
    await shot("example-diagram");
  });

  it("shows a diagnostic at the line of an error", async () => {
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
    expect(await page.getAttribute("body", "data-state")).toBe("invalid");
    await shot("diagnostic");
  });

  it("changes the SQL when the dialect changes", async () => {
    await page.selectOption("#example", "one-to-one");
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

  it("runs the SQL on PGlite and shows a second 1-1 row as a unique violation", async () => {
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

  it("checks a JSON value with a generated zod schema", async () => {
    await page.click('[data-tab="validate"]');
    await page.selectOption("#zod-schema", "UserSchema");
    await page.fill("#json", '{"id": 1, "email": "ada@example.com"}');
    await page.click("#check");
    await expect.poll(() => page.textContent("#check-result")).toMatch(/^valid/);
    await page.fill("#json", '{"id": "one"}');
    await page.click("#check");
    await expect.poll(() => page.textContent("#check-result")).toMatch(/^id: /);
    await shot("validators");
  });

  it("carries the schema in a share link", async () => {
    await page.click("#share");
    const url = page.url();
    expect(url).toMatch(/#schema=/);
    const other = await browser.newPage();
    await other.goto(url);
    await other.waitForSelector('body[data-state="valid"] #diagram svg', { state: "attached" });
    expect(await other.locator('#diagram svg g.node[id*="-entity-"]').count()).toBe(2);
    expect(await other.textContent(".cm-content")).toContain("model Profile");
    await other.close();
  });

  it("raised no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
