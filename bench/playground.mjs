#!/usr/bin/env node
// Benchmark: the playground (built, in Debian's Chromium) on a 1,000-model schema. Measures generation in the worker
// and how the page's own thread fares while the user types 30 characters: the longest main-thread task
// (PerformanceObserver "longtask", ≥ 50 ms) and the slowest keystroke-to-next-frame time.
// Writes bench/results/playground.md and the README section between the bench:playground markers.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { generateSchema } from "./generate-schema.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const dist = join(root, "apps/playground/dist");
const browserPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((path) => path && existsSync(path));
if (!existsSync(dist) || !browserPath) {
  console.log("playground benchmark skipped: needs apps/playground/dist (npm test builds it) and Chromium");
} else {
  const require = createRequire(join(root, "apps/playground/package.json"));
  const { chromium } = require("playwright-core");
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };
  const server = createServer((request, response) => {
    let file = join(dist, new URL(request.url ?? "/", "http://x").pathname);
    if (!file.startsWith(dist) || !existsSync(file)) return void response.writeHead(404).end();
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const size = Number(process.env.BENCH_SIZES?.split(",")[0] ?? 1000);
  const schema = generateSchema(size);
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("crash", () => console.error("the page crashed"));
  // Open the schema through a share link (the format of apps/playground/src/logic/share.ts: zlib, base64url).
  const hash = deflateSync(Buffer.from(schema)).toString("base64url");
  await page.goto(`http://127.0.0.1:${server.address().port}/#schema=${hash}`);
  await page.waitForFunction((n) => document.getElementById("status")?.textContent?.startsWith(`${n} models`), size, {
    timeout: 120_000,
  });
  const generation = await page.textContent("#status");
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await page.keyboard.press("Control+End");
  const keystrokes = [];
  for (const char of "// typing while generating\n") {
    const start = Date.now();
    await page.keyboard.type(char);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    keystrokes.push(Date.now() - start);
  }
  const longest = await page.evaluate(() => window.__longest);
  await browser.close();
  server.close();
  const worst = Math.max(...keystrokes);
  const median = [...keystrokes].sort((a, b) => a - b)[Math.floor(keystrokes.length / 2)];
  console.log(
    `${size} models: ${generation}; keystroke median ${median} ms, worst ${worst} ms; longest task ${longest.toFixed(0)} ms`,
  );
  const table = [
    "| models | worker generation (all outputs) | keystroke → frame, median | worst | longest main-thread task |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| ${size.toLocaleString("en")} | ${generation?.replace(/^.*generated in /, "")} | ${median} ms | ${worst} ms | ${longest === 0 ? "none ≥ 50 ms" : `${longest.toFixed(0)} ms`} |`,
  ].join("\n");
  const note = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (bench/playground.mjs), Debian Chromium, headless.`;
  mkdirSync(join(here, "results"), { recursive: true });
  writeFileSync(join(here, "results", "playground.md"), `${table}\n\n${note}\n`);
  const readmePath = join(root, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const marked = /<!-- bench:playground:start -->[\s\S]*<!-- bench:playground:end -->/;
  if (marked.test(readme))
    writeFileSync(
      readmePath,
      readme.replace(marked, `<!-- bench:playground:start -->\n${table}\n\n${note}\n<!-- bench:playground:end -->`),
    );
}
