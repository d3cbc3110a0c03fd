import mermaid from "mermaid";

mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default" });
let renders = 0;

/** Renders Mermaid text into a container with the bundled Mermaid; a render error is shown in its place. */
export async function renderDiagram(container: HTMLElement, text: string): Promise<void> {
  const id = `cardinal-diagram-${++renders}`;
  try {
    const { svg } = await mermaid.render(id, text);
    if (id === `cardinal-diagram-${renders}`) container.innerHTML = svg;
  } catch (error) {
    container.textContent = `Mermaid could not render this diagram: ${error instanceof Error ? error.message : String(error)}`;
  }
  container.dataset.rendered = String(renders);
}
