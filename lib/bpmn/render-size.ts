// The one size rule for diagram images, shared by the browser capture (components/modeler/screenshot.ts) and the
// server render (lib/bpmn/render.ts, POST /api/render), so both produce the same pixel size. Pure, no Node APIs.

/** Longest edge of an image, in pixels. */
export const RENDER_MAX_EDGE = 2048;
/** Preferred pixels per diagram unit (11–12 px labels stay legible); shrunk only to respect RENDER_MAX_EDGE. */
export const RENDER_MAX_SCALE = 2;

/**
 * Pixel size for a drawing `width`×`height` in its own units (the SVG viewBox): long edge ≤ 2048 px, never more
 * than 2× its own size, at least 1 px per side.
 */
export function targetSize(width: number, height: number): { width: number; height: number; scale: number } {
  const scale = Math.min(RENDER_MAX_SCALE, RENDER_MAX_EDGE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)), scale };
}
