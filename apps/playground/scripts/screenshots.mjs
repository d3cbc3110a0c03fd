#!/usr/bin/env node
// Screenshots of every tab of the built playground for the README: docs/playground/*.png.
// Usage: (cd apps/playground && npx vite build) && node apps/playground/scripts/screenshots.mjs
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(app, "../..");
const dist = join(app, "dist");
const out = join(root, "docs/playground");
if (!existsSync(dist)) throw new Error("build the playground first: cd apps/playground && npx vite build");
const { chromium } = createRequire(join(app, "package.json"))("playwright-core");
const { findBrowser } = await import(join(root, "packages/gen-mermaid/dist/render.js"));
const { serveStatic } = await import(join(root, "packages/testing/dist/static-server.js"));

mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: findBrowser(), args: ["--headless", "--no-sandbox"] });

/** Opens the playground on an example with the diagram drawn by ELK. */
async function open(colorScheme, example) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, colorScheme });
  await page.goto(server.url);
  await page.waitForSelector('#diagram[data-layout="elk"] svg', { timeout: 120_000 });
  const before = await page.getAttribute("#diagram", "data-rendered");
  await page.selectOption("#example", example);
  await page.waitForFunction((b) => document.getElementById("diagram")?.dataset.rendered !== b, before);
  await page.waitForSelector('body[data-code="ready"]', { timeout: 120_000 });
  return page;
}

async function tab(page, name, file) {
  await page.click(`[data-tab="${name}"]`);
  await page.waitForTimeout(300); // highlighting is applied when a tab is shown
  await page.screenshot({ path: join(out, `${file}.png`) });
  console.log(`docs/playground/${file}.png`);
}

const page = await open("light", "self-relations");
await tab(page, "diagram", "diagram");
await page.selectOption("#example", "several-relations");
await page.waitForTimeout(1500);
await tab(page, "diagram", "diagram-several-relations");
for (const name of ["types", "zod", "mermaid", "sql"]) await tab(page, name, name);
await page.click('[data-tab="database"]');
await page.click("#apply");
await page.waitForFunction(() => /tables created/.test(document.getElementById("db-status")?.textContent ?? ""), null, {
  timeout: 120_000,
});
await page.click("#run-statement");
await page.waitForSelector("#statement-result.ok", { timeout: 60_000 });
await tab(page, "database", "run-the-sql");
await page.click('[data-tab="validate"]');
await page.selectOption("#zod-schema", "PostSchema");
await page.fill("#json", '{"id": 1, "title": "Hello", "authorId": "one"}');
await page.click("#check");
await page.waitForSelector("#check-result.error, #check-result.ok");
await tab(page, "validate", "validators");
await page.click("#options-panel summary");
await tab(page, "diagram", "options");
await page.close();

const dark = await open("dark", "self-relations");
await tab(dark, "diagram", "dark");
await dark.close();
await browser.close();
await server.close();
