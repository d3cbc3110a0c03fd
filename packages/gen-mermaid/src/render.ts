import { existsSync } from "node:fs";
import { createRequire } from "node:module";

/** Options of `renderMermaid`. */
export interface RenderOptions {
  /** `svg` returns the SVG text; `png` a PNG image of it. @default "svg" */
  readonly format?: "svg" | "png";
  /**
   * The Chromium or Chrome executable. Without it: `CHROMIUM_PATH`, then the usual system paths.
   * Cardinal never downloads a browser.
   */
  readonly executablePath?: string;
  /** Device scale for PNG output. @default 2 */
  readonly scale?: number;
}

/** Why rendering could not start, said plainly (no stack trace is needed to fix it). */
export class RenderUnavailableError extends Error {
  override readonly name = "RenderUnavailableError";
}

const browserPaths = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** The browser to use, or a RenderUnavailableError that says how to get one. */
export function findBrowser(explicit?: string, systemPaths: readonly string[] = browserPaths): string {
  const candidates = [explicit, process.env.CHROMIUM_PATH, ...systemPaths].filter((path): path is string =>
    Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new RenderUnavailableError(
    `No Chromium or Chrome found (looked at ${candidates.join(", ")}). Install one (e.g. \`apt-get install chromium\`) or pass its path as executablePath / CHROMIUM_PATH.`,
  );
}

function resolveOptional(specifier: string, what: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    throw new RenderUnavailableError(
      `Rendering needs ${what}: install it next to @cardinal/gen-mermaid (\`npm install -D ${what}\`).`,
    );
  }
}

/**
 * Renders Mermaid diagrams to SVG or PNG in a headless system Chromium driven by `playwright-core` (both optional
 * peer dependencies, as is `mermaid`). One browser for all diagrams; results in the same order.
 * @throws RenderUnavailableError when no browser, `playwright-core` or `mermaid` is available
 * @example const [svg] = await renderMermaid([text]);
 */
export async function renderMermaid(
  diagrams: readonly string[],
  options: RenderOptions = {},
): Promise<(string | Uint8Array)[]> {
  const executablePath = findBrowser(options.executablePath);
  const mermaidScript = resolveOptional("mermaid/dist/mermaid.min.js", "mermaid");
  // playwright-core is CommonJS: its exports may only be on `default` when imported by path.
  const playwright = (await import(
    resolveOptional("playwright-core", "playwright-core")
  )) as typeof import("playwright-core") & { default?: typeof import("playwright-core") };
  const chromium = playwright.chromium ?? playwright.default?.chromium;
  if (!chromium)
    throw new RenderUnavailableError("playwright-core did not provide chromium; check its version (>= 1.40).");
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: options.scale ?? 2 });
    await page.setContent(
      '<!doctype html><html><body style="margin:0;background:white"><div id="out"></div></body></html>',
    );
    await page.addScriptTag({ path: mermaidScript });
    const results: (string | Uint8Array)[] = [];
    for (const [index, text] of diagrams.entries()) {
      const svg = await page.evaluate(
        async ({ text, id }) => {
          const mermaid = (
            globalThis as unknown as {
              mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> };
            }
          ).mermaid;
          mermaid.initialize({ startOnLoad: false, maxTextSize: 1_000_000, securityLevel: "strict" });
          const { svg } = await mermaid.render(id, text);
          const out = document.getElementById("out") as HTMLElement;
          out.innerHTML = svg;
          return svg;
        },
        { text, id: `diagram${index}` },
      );
      results.push(options.format === "png" ? await page.locator("#out > svg").screenshot({ type: "png" }) : svg);
    }
    return results;
  } finally {
    await browser.close();
  }
}
