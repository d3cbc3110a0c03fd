#!/usr/bin/env node
// Benchmark: the playground (built, in a system Chromium). First, a cold page: the time to the first diagram (the
// app's "first-diagram" performance mark) and the main bundle's gzip size. Then a 1,000-model schema: generation in
// the worker and how the page's own thread fares while the user types 27 characters: the longest main-thread task
// (PerformanceObserver "longtask", ≥ 50 ms) and the slowest keystroke-to-next-frame time.
// Writes bench/results/playground.md and the README section between the bench:playground markers.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync, gzipSync } from "node:zlib";
import { generateSchema } from "./generate-schema.mjs";
import { median, writeReport } from "./report.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "apps/playground/dist");
const { findBrowser } = await import(join(root, "packages/gen-mermaid/dist/render.js"));
const { serveStatic } = await import(join(root, "packages/testing/dist/static-server.js"));

/** Opens the schema through a share link and returns the status line once the worker has answered. */
async function openSchema(page, url, schema, size) {
  // The format of apps/playground/src/logic/share.ts: zlib, base64url.
  await page.goto(`${url}#schema=${deflateSync(Buffer.from(schema)).toString("base64url")}`);
  await page.waitForFunction((n) => document.getElementById("status")?.textContent?.startsWith(`${n} models`), size, {
    timeout: 120_000,
  });
  return page.textContent("#status");
}

/** The gzip size of the entry and the app chunk with their static imports (apps/playground/e2e/support.ts). */
function mainBundleBytes() {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
  const files = new Set();
  const add = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  add("index.html");
  add("src/main.ts");
  return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
}

/** Opens the page in a fresh context (empty cache) and returns the time of its first diagram, in ms. */
async function firstDiagram(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("first-diagram").length > 0, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName("first-diagram")[0].startTime);
  await context.close();
  return ms;
}

/** Types text at the end of the editor; returns each keystroke's time to the next frame and the longest task. */
async function typeAndWatch(page, text) {
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await page.keyboard.press("Control+End");
  const keystrokes = [];
  for (const char of text) {
    const start = Date.now();
    await page.keyboard.type(char);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    keystrokes.push(Date.now() - start);
  }
  return { keystrokes, longest: await page.evaluate(() => window.__longest) };
}

if (!existsSync(dist)) {
  console.log("playground benchmark skipped: needs apps/playground/dist (npm test builds it)");
} else {
  const { chromium } = createRequire(join(root, "apps/playground/package.json"))("playwright-core");
  const size = Number(process.env.BENCH_SIZES?.split(",")[0] ?? 1000);
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  const colds = [];
  for (let run = 0; run < 3; run++) colds.push(await firstDiagram(browser, server.url));
  const cold = median(colds);
  const bundle = mainBundleBytes();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("crash", () => console.error("the page crashed"));
  const generation = await openSchema(page, server.url, generateSchema(size), size);
  const { keystrokes, longest } = await typeAndWatch(page, "// typing while generating\n");
  await browser.close();
  await server.close();
  const worst = Math.max(...keystrokes);
  const typical = median(keystrokes);
  console.log(
    `cold page: first diagram ${cold.toFixed(0)} ms (median of 3); main bundle ${(bundle / 1024).toFixed(0)} KB gzip`,
  );
  console.log(
    `${size} models: ${generation}; keystroke median ${typical} ms, worst ${worst} ms; longest task ${longest.toFixed(0)} ms`,
  );
  const table = [
    "| first diagram, cold page (median of 3) | main bundle (gzip) |",
    "| ---: | ---: |",
    `| ${cold.toFixed(0)} ms | ${(bundle / 1024).toFixed(0)} KB |`,
    "",
    "| models | worker generation (all outputs) | keystroke → frame, median | worst | longest main-thread task |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| ${size.toLocaleString("en")} | ${generation?.replace(/^.*generated in /, "")} | ${typical} ms | ${worst} ms | ${longest === 0 ? "none ≥ 50 ms" : `${longest.toFixed(0)} ms`} |`,
  ].join("\n");
  const note = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/playground.mjs), Debian Chromium, headless.`;
  writeReport("playground", table, note);
}
