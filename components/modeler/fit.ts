// "Fit diagram" that respects the floating chrome: the diagram is fitted into the part of the canvas the palette
// (top-left) does not cover, with a margin, and never zoomed in beyond 100 %.
type Box = { x: number; y: number; width: number; height: number };
type Canvas = { zoom(level: 'fit-viewport', center: 'auto'): void; viewbox(box?: Box): Box & { inner: Box } };

const MARGIN = 24;

export function freeArea(container: Element): { left: number; top: number; width: number; height: number } {
  const rect = container.getBoundingClientRect();
  const palette = container.querySelector('.djs-palette:not(.hidden)')?.getBoundingClientRect();
  const left = palette && palette.width > 0 ? palette.right - rect.left + MARGIN : MARGIN;
  return { left, top: MARGIN, width: rect.width - left - MARGIN, height: rect.height - 2 * MARGIN };
}

export function fitIntoFreeArea(canvas: Canvas, container: Element | null): void {
  canvas.zoom('fit-viewport', 'auto');
  if (!container) return;
  const inner = canvas.viewbox().inner;
  const free = freeArea(container);
  if (!inner.width || !inner.height || free.width < 120 || free.height < 120) return;
  const rect = container.getBoundingClientRect();
  const scale = Math.min(free.width / inner.width, free.height / inner.height, 1);
  canvas.viewbox({
    x: inner.x - (free.left + (free.width - inner.width * scale) / 2) / scale,
    y: inner.y - (free.top + (free.height - inner.height * scale) / 2) / scale,
    width: rect.width / scale,
    height: rect.height / scale,
  });
}
