import type { DiagramFile } from "../logic/generate.js";
import { mermaidLiveUrl } from "../logic/share.js";
import { earlyDraw, loadElk, prefersDark, renderDiagram } from "./diagram.js";
import { pngBlob, saveBlob, svgText } from "./export.js";
import { enableZoom } from "./zoom.js";

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The ER diagram tab: a file picker when the schema is split, zoom/pan, SVG/PNG export and a Mermaid Live link. */
export function createDiagramPanel() {
  const container = element("diagram");
  const picker = element<HTMLSelectElement>("diagram-file");
  const zoom = enableZoom(element("diagram-viewport"), container);
  let files: readonly DiagramFile[] = [];
  let shown = "";
  const current = () => files.find((file) => file.path === picker.value) ?? files[0];
  const svg = () => container.querySelector("svg");

  async function draw(force = false) {
    const file = current();
    if (!file || (file.content === shown && !force)) return;
    shown = file.content;
    element<HTMLAnchorElement>("mermaid-live").href = mermaidLiveUrl(file.content, prefersDark() ? "dark" : "default");
    const drawing = force ? undefined : earlyDraw(file.content);
    await (drawing ?? renderDiagram(container, file.content));
    zoom.fit();
    if (container.dataset.layout === "dagre") void loadElk().then(() => draw(true));
  }

  picker.addEventListener("change", () => void draw());
  element("zoom-in").addEventListener("click", () => zoom.zoom(1.25));
  element("zoom-out").addEventListener("click", () => zoom.zoom(0.8));
  element("zoom-fit").addEventListener("click", () => zoom.fit());
  const name = () => (current()?.path ?? "schema.mmd").replace(/\.mmd$/, "");
  element("export-svg").addEventListener("click", () => {
    const drawing = svg();
    if (drawing) saveBlob(new Blob([svgText(drawing)], { type: "image/svg+xml" }), `${name()}.svg`);
  });
  element("export-png").addEventListener("click", () => {
    const drawing = svg();
    const background = getComputedStyle(document.body).backgroundColor;
    if (drawing) void pngBlob(drawing, background).then((blob) => saveBlob(blob, `${name()}.png`));
  });
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => void draw(true));

  return {
    /** Shows new diagrams; keeps the picked file when it still exists. */
    async show(next: readonly DiagramFile[]) {
      files = next;
      const previous = picker.value;
      picker.replaceChildren(...next.map((file) => new Option(file.path.replace(/\.mmd$/, ""), file.path)));
      picker.hidden = next.length < 2;
      if (next.some((file) => file.path === previous)) picker.value = previous;
      await draw();
    },
    /** The Mermaid text of the diagram on screen. */
    text: () => current()?.content ?? "",
  };
}
