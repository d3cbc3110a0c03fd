#!/usr/bin/env node
// Benchmark: the playground (built, in a system Chromium) on a 1,000-model schema. Measures generation in the worker
// and how the page's own thread fares while the user types 27 characters: the longest main-thread task
// (PerformanceObserver "longtask", ≥ 50 ms) and the slowest keystroke-to-next-frame time.
// Writes bench/results/playground.md and the README section between the bench:playground markers.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
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
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("crash", () => console.error("the page crashed"));
  const generation = await openSchema(page, server.url, generateSchema(size), size);
  const { keystrokes, longest } = await typeAndWatch(page, "// typing while generating\n");
  await browser.close();
  await server.close();
  const worst = Math.max(...keystrokes);
  const typical = median(keystrokes);
  console.log(
    `${size} models: ${generation}; keystroke median ${typical} ms, worst ${worst} ms; longest task ${longest.toFixed(0)} ms`,
  );
  const table = [
    "| models | worker generation (all outputs) | keystroke → frame, median | worst | longest main-thread task |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| ${size.toLocaleString("en")} | ${generation?.replace(/^.*generated in /, "")} | ${typical} ms | ${worst} ms | ${longest === 0 ? "none ≥ 50 ms" : `${longest.toFixed(0)} ms`} |`,
  ].join("\n");
  const note = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/playground.mjs), Debian Chromium, headless.`;
  writeReport("playground", table, note);
}
