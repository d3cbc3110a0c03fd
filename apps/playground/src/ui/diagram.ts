import type { Mermaid } from "mermaid";

let loading: Promise<Mermaid> | undefined;
let elk: Promise<void> | undefined;
let elkReady = false;
let renders = 0;
/** The diagram the page's entry drew before the app was ready, and its render. */
let early: { text: string; done: Promise<void> } | undefined;

/** True when the system asks for a dark color scheme. */
export const prefersDark = () => matchMedia("(prefers-color-scheme: dark)").matches;

/** Loads Mermaid (its own chunks, not in the main bundle) and registers the ELK layout, itself loaded on first use. */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const [{ default: mermaid }, { default: elkLayouts }] = await Promise.all([
      import("mermaid"),
      import("@mermaid-js/layout-elk"),
    ]);
    mermaid.registerLayoutLoaders(elkLayouts);
    performance.mark("mermaid-loaded");
    return mermaid;
  })();
  return loading;
}

/**
 * Mermaid settings. ELK draws every relation as its own routed line with its own label (self-relations too); until
 * its 1.5 MB layout engine has loaded, diagrams are drawn with Mermaid's built-in dagre layout. SVG text labels (no
 * HTML), so PNG export works and labels can be measured.
 */
function configure(mermaid: Mermaid) {
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: prefersDark() ? "dark" : "default",
    layout: elkReady ? "elk" : "dagre",
    htmlLabels: false,
    elk: { mergeEdges: false, nodePlacementStrategy: "NETWORK_SIMPLEX" },
    er: { useMaxWidth: false },
  });
}

/**
 * Loads and compiles ELK by drawing a two-entity diagram off screen; resolves when later renders use ELK. Started
 * after the first diagram is on screen, so it does not delay it.
 */
export function loadElk(): Promise<void> {
  elk ??= (async () => {
    const mermaid = await loadMermaid();
    elkReady = true;
    configure(mermaid);
    try {
      await mermaid.render("cardinal-elk-warm-up", "erDiagram\n  A ||--o{ B : has\n");
    } catch {
      // only a warm-up: the real render reports its own errors
    }
    document.getElementById("cardinal-elk-warm-up")?.remove();
  })();
  return elk;
}

/**
 * Renders Mermaid text into a container (a render error is shown in its place); `data-layout` says which layout
 * drew it. The first diagram inserted is marked on the performance timeline as `first-diagram`.
 */
export async function renderDiagram(container: HTMLElement, text: string): Promise<void> {
  const id = `cardinal-diagram-${++renders}`;
  const mermaid = await loadMermaid();
  configure(mermaid);
  const layout = elkReady ? "elk" : "dagre";
  try {
    const { svg } = await mermaid.render(id, text);
    if (id !== `cardinal-diagram-${renders}`) return;
    container.innerHTML = svg;
    container.dataset.layout = layout;
    if (performance.getEntriesByName("first-diagram").length === 0) performance.mark("first-diagram");
  } catch (error) {
    container.textContent = `Mermaid could not render this diagram: ${error instanceof Error ? error.message : String(error)}`;
  }
  container.dataset.rendered = String(renders);
}

/**
 * Draws the first diagram into `#diagram` before the app's code has run (the page's entry calls it with the worker's
 * first Mermaid file); does nothing once the app has drawn one.
 */
export function drawEarly(text: string): void {
  const container = document.getElementById("diagram");
  if (!container || renders > 0) return;
  early = { text, done: renderDiagram(container, text) };
}

/**
 * The early draw of this text (see `drawEarly`), to wait for instead of drawing it again; undefined if none. Asked
 * once: the app's first draw takes it over, and any later one draws on its own.
 */
export function earlyDraw(text: string): Promise<void> | undefined {
  const found = early?.text === text ? early.done : undefined;
  early = undefined;
  return found;
}
