import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderSvgToPng, sanitizeSvg, targetSize } from '@/lib/bpmn/render';

const hostile = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="200" onload="alert(1)">
  <script>fetch('http://127.0.0.1:9/x')</script>
  <style>@import url(http://127.0.0.1:9/a.css); .box { fill: url(#grad); stroke: url(http://127.0.0.1:9/s) }</style>
  <defs><linearGradient id="grad"><stop offset="0" stop-color="#39f"/></linearGradient></defs>
  <rect class="box" x="10" y="10" width="200" height="100" onclick="x()" style="filter: url('http://127.0.0.1:9/f')"/>
  <image xlink:href="http://127.0.0.1:9/i.png" width="10" height="10"/>
  <image href="data:image/svg+xml;base64,PHN2Zy8+" width="10" height="10"/>
  <use href="http://127.0.0.1:9/u.svg#a"/><use href="#grad"/>
  <filter id="f"><feGaussianBlur stdDeviation="100000"/></filter>
  <foreignObject width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml"><img src="http://127.0.0.1:9/p"/></div></foreignObject>
  <a href="javascript:alert(1)"><text x="20" y="150">Check &amp; ship &lt;order&gt;</text></a>
</svg>`;

describe('sanitizeSvg', () => {
  it('removes scripts, handlers, foreignObject and every external reference, keeping the drawing', () => {
    const out = sanitizeSvg(hostile);
    expect(out).not.toMatch(/script|onload|onclick|foreignObject|feGaussianBlur|127\.0\.0\.1|@import|javascript:|data:image\/svg/i);
    expect(out).toContain('<rect class="box" x="10" y="10" width="200" height="100" style="filter: none"/>');
    expect(out).toContain('fill: url(#grad)');
    expect(out).toContain('<use href="#grad"/>');
    expect(out).toContain('<g><text x="20" y="150">Check &amp; ship &lt;order&gt;</text></g>');
  });

  it('keeps what bpmn-js saveSVG output needs: markers by local url(), data attributes, styles, labels', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="120" viewBox="140 60 300 120" version="1.1"><defs><marker id="sequenceflow-end-white-black-abc" viewBox="0 0 20 20" refX="11" refY="10" markerWidth="10" markerHeight="10" orient="auto"><path d="M 1 5 L 11 10 L 1 15 Z" style="fill: black; stroke-width: 1px;"/></marker></defs><g class="djs-group"><g class="djs-element djs-connection" data-element-id="Flow_1" style="display: block;"><g class="djs-visual"><path d="m 188,100 l 52,0" style="fill: none; stroke-width: 2px; stroke: black; marker-end: url('#sequenceflow-end-white-black-abc');"/></g></g><g class="djs-element djs-shape" data-element-id="Task_1" transform="matrix(1 0 0 1 240 60)"><g class="djs-visual"><rect x="0" y="0" width="100" height="80" rx="10" ry="10" style="stroke: black; stroke-width: 2px; fill: white;"/><text lineHeight="1.2" class="djs-label" style="font-family: Arial, sans-serif; font-size: 12px;"><tspan x="20" y="43.6">Check order</tspan></text></g></g></g></svg>`;
    const out = sanitizeSvg(svg);
    expect(out).toContain("marker-end: url('#sequenceflow-end-white-black-abc')");
    expect(out).toContain('data-element-id="Task_1"');
    expect(out).toContain('transform="matrix(1 0 0 1 240 60)"');
    expect(out).toContain('<tspan x="20" y="43.6">Check order</tspan>');
    expect(out).toContain('viewBox="140 60 300 120"');
  });

  it('refuses DOCTYPEs, non-SVG documents and broken XML', () => {
    expect(() => sanitizeSvg('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>')).toThrow(/DOCTYPE/);
    expect(() => sanitizeSvg('<html><body/></html>')).toThrow(/not an SVG/);
    expect(() => sanitizeSvg('<svg><g></svg>')).toThrow(/well-formed/);
  });
});

describe('renderSvgToPng', () => {
  it('keeps the long edge at 2048 px at most and draws on white', async () => {
    expect(targetSize(4000, 1000)).toMatchObject({ width: 2048, height: 512 });
    expect(targetSize(300, 200)).toMatchObject({ width: 600, height: 400 });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="25000"><rect x="0" y="0" width="25000" height="25000" fill="#000"/></svg>';
    const { png, width, height } = await renderSvgToPng(svg);
    expect([width, height]).toEqual([2048, 1024]);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([2048, 1024]);
    const px = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    expect(px(10, 10)).toEqual([0, 0, 0]);
    expect(px(2000, 10)).toEqual([255, 255, 255]);
  });

  it('refuses absurd or missing dimensions', async () => {
    await expect(renderSvgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1e9" height="10"/>')).rejects.toThrow(/not rendered/);
    await expect(renderSvgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="100%"/>')).rejects.toThrow(/no usable size/);
  });

  it('uses the viewBox when width and height are missing', async () => {
    const { width, height } = await renderSvgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 400"><rect width="10" height="10"/></svg>');
    expect([width, height]).toEqual([1600, 800]);
  });
});

describe('one size rule for the browser capture and the server render', () => {
  // What components/modeler/screenshot.ts standaloneSvg() sends: the diagram bounds as viewBox and the pixel
  // size it computed with targetSize() as width/height. The server must arrive at the same pixels, not scale again.
  const browserSvg = (x: number, y: number, w: number, h: number) => {
    const px = targetSize(w, h);
    return { px, svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${px.width}" height="${px.height}"><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fff"/></svg>` };
  };

  it('gives the same PNG size for small, wide, tall and fractional diagrams', async () => {
    for (const [x, y, w, h] of [[120, 60, 300, 200], [-40, 10, 1500, 400], [0, 0, 800, 3000], [5.5, 7.25, 37.5, 12.3], [0, 0, 5000, 5000]] as const) {
      const { px, svg } = browserSvg(x, y, w, h);
      const server = await renderSvgToPng(svg);
      expect([server.width, server.height], `${w}×${h}`).toEqual([px.width, px.height]);
      const meta = await sharp(server.png).metadata();
      expect([meta.width, meta.height]).toEqual([px.width, px.height]);
    }
  });

  it('keeps element colours (bpmn-js writes them as fill/stroke styles)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 80" width="200" height="160"><g class="djs-visual"><rect x="0" y="0" width="100" height="80" style="stroke: #831311; stroke-width: 2px; fill: #ffcdd2; fill-opacity: 0.95;"/></g></svg>';
    expect(sanitizeSvg(svg)).toContain('fill: #ffcdd2');
    const { png } = await renderSvgToPng(svg);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const at = ((80 * info.width) + 100) * info.channels;
    const [r, g, b] = Array.from(data.subarray(at, at + 3));
    expect(Math.abs(r! - 0xff)).toBeLessThan(8);
    expect(Math.abs(g! - 0xcd)).toBeLessThan(8);
    expect(Math.abs(b! - 0xd2)).toBeLessThan(8);
  });
});
