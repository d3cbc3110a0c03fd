/** Zoom and pan for the diagram: wheel zooms around the pointer, dragging pans; `fit` shows it all. */
export function enableZoom(viewport: HTMLElement, content: HTMLElement) {
  let scale = 1;
  let x = 0;
  let y = 0;
  const apply = () => {
    content.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    viewport.dataset.scale = scale.toFixed(2);
  };
  const zoomAt = (factor: number, px: number, py: number) => {
    const next = Math.min(8, Math.max(0.1, scale * factor));
    x = px - ((px - x) * next) / scale;
    y = py - ((py - y) * next) / scale;
    scale = next;
    apply();
  };
  viewport.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const box = viewport.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY / 300), event.clientX - box.left, event.clientY - box.top);
    },
    { passive: false },
  );
  let drag: { x: number; y: number } | undefined;
  viewport.addEventListener("pointerdown", (event) => {
    drag = { x: event.clientX - x, y: event.clientY - y };
    viewport.setPointerCapture(event.pointerId);
  });
  viewport.addEventListener("pointermove", (event) => {
    if (!drag) return;
    x = event.clientX - drag.x;
    y = event.clientY - drag.y;
    apply();
  });
  viewport.addEventListener("pointerup", () => {
    drag = undefined;
  });
  return {
    zoom: (factor: number) => zoomAt(factor, viewport.clientWidth / 2, viewport.clientHeight / 2),
    /** Scales the drawing to fit the viewport (never above 100 %) and centres it. */
    fit() {
      const svg = content.querySelector("svg");
      if (!svg) return;
      const width = svg.width.baseVal.value || svg.getBoundingClientRect().width / scale;
      const height = svg.height.baseVal.value || svg.getBoundingClientRect().height / scale;
      scale = Math.min(1, (viewport.clientWidth - 16) / width, (viewport.clientHeight - 16) / height);
      x = (viewport.clientWidth - width * scale) / 2;
      y = Math.max(8, (viewport.clientHeight - height * scale) / 2);
      apply();
    },
  };
}
