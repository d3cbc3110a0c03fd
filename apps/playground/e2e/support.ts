import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

/**
 * The gzip size of what the page loads before any feature asks for more: the entry, the app chunk it imports at
 * once (src/main.ts), and their static imports. Mermaid, ELK, TypeScript and PGlite are not in it.
 */
export function mainBundle(dist: string): { files: string[]; gzipBytes: number } {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  add("index.html");
  add("src/main.ts");
  const gzipBytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { files: [...files], gzipBytes };
}

/** What the diagram on screen draws: relation lines, their labels, and how many label boxes intersect. */
export interface DrawnDiagram {
  readonly edges: number;
  readonly labels: readonly string[];
  readonly overlaps: readonly string[];
  readonly layout: string | undefined;
}

/** Measures the drawn SVG (not the Mermaid text): edges, non-empty edge labels, pairs of intersecting label boxes. */
export function drawnDiagram(page: Page): Promise<DrawnDiagram> {
  return page.evaluate(() => {
    const container = document.getElementById("diagram") as HTMLElement;
    const svg = container.querySelector("svg");
    const labels = [...(svg?.querySelectorAll<SVGGElement>(".edgeLabel") ?? [])].filter((label) =>
      label.textContent?.trim(),
    );
    const boxes = labels.map((label) => label.getBoundingClientRect());
    const overlaps: string[] = [];
    boxes.forEach((a, i) => {
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j] as DOMRect;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          overlaps.push(`${labels[i]?.textContent} × ${labels[j]?.textContent}`);
      }
    });
    return {
      edges: svg?.querySelectorAll('path[data-edge="true"]').length ?? 0,
      labels: labels.map((label) => label.textContent?.trim() ?? ""),
      overlaps,
      layout: container.dataset.layout,
    };
  });
}

/** The relationship statements of a Mermaid ER text (`A ||--o{ B : "label"`): one drawn line each. */
export function relationshipLines(mermaid: string): number {
  return mermaid.split("\n").filter((line) => /^\s*\S+\s+[|}o][|o](?:--|\.\.)[|o][|{o]\s+\S+\s*:/.test(line)).length;
}

/** Waits until the diagram was drawn with ELK after the render counter moved past `before`. */
export async function waitForElkDiagram(page: Page, before: string | null, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (previous) => {
      const container = document.getElementById("diagram");
      return (
        document.body.dataset.state === "valid" &&
        container?.dataset.rendered !== previous &&
        container?.dataset.layout === "elk" &&
        container.querySelector("svg") !== null
      );
    },
    before,
    { timeout },
  );
}
