import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { authHeaders, makeUser, type TestUser } from '../support/users';

let app: AppServer;
let user: TestUser;
let trap: http.Server;
let trapUrl: string;
const hits: string[] = [];

beforeAll(async () => {
  app = await startAppServer();
  user = await makeUser();
  // A local server the hostile SVG points at: any request reaching it means the renderer went to the network.
  trap = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  await new Promise<void>((r) => trap.listen(0, '127.0.0.1', r));
  trapUrl = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await new Promise((r) => trap.close(r));
});

const render = (svg: string, headers: Record<string, string> = authHeaders(user)) =>
  fetch(`${app.url}/api/render`, { method: 'POST', headers: { 'content-type': 'image/svg+xml', ...headers }, body: svg });

async function pixels(png: ArrayBuffer) {
  const { data, info } = await sharp(Buffer.from(png)).raw().toBuffer({ resolveWithObject: true });
  let sum = 0, sumSq = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const v = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
    sum += v; sumSq += v * v;
  }
  const n = data.length / info.channels;
  return { info, variance: sumSq / n - (sum / n) ** 2, corner: Array.from(data.subarray(0, 3)) };
}

describe('POST /api/render', () => {
  it('turns a diagram SVG into a PNG on white, within 2048 px, not blank', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300" viewBox="0 0 640 300">
      <rect x="40" y="40" width="100" height="80" rx="10" fill="none" stroke="#222" stroke-width="2"/>
      <text x="60" y="85" font-family="Arial" font-size="12">Check order</text>
      <path d="M140 80 L300 80" stroke="#222" stroke-width="2"/><circle cx="320" cy="80" r="18" fill="none" stroke="#222" stroke-width="4"/></svg>`;
    const res = await render(svg);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const { info, variance, corner } = await pixels(await res.arrayBuffer());
    expect([info.width, info.height]).toEqual([1280, 600]);
    expect(corner).toEqual([255, 255, 255]);
    expect(variance).toBeGreaterThan(10);
  });

  it('sanitises a hostile SVG (script, handlers, external hrefs, CSS imports) and never makes a network request', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="200" onload="fetch('${trapUrl}/onload')">
      <script>fetch('${trapUrl}/script')</script>
      <style>@import url(${trapUrl}/import.css); rect { fill: url(${trapUrl}/fill) }</style>
      <rect width="100" height="100" style="stroke: url('${trapUrl}/style')"/>
      <image xlink:href="${trapUrl}/image.png" x="0" y="0" width="50" height="50"/>
      <image href="${trapUrl}/image2.png" x="50" y="0" width="50" height="50"/>
      <use href="${trapUrl}/sprite.svg#a"/>
      <foreignObject width="100" height="100"><img xmlns="http://www.w3.org/1999/xhtml" src="${trapUrl}/fo.png"/></foreignObject>
      <text x="10" y="150">still drawn</text></svg>`;
    const res = await render(svg);
    expect(res.status).toBe(200);
    const { info } = await pixels(await res.arrayBuffer());
    expect([info.width, info.height]).toEqual([800, 400]);
    await new Promise((r) => setTimeout(r, 200));
    expect(hits).toEqual([]);
  });

  it('scales huge dimensions down and refuses absurd ones with 422', async () => {
    const huge = await render('<svg xmlns="http://www.w3.org/2000/svg" width="90000" height="30000"><rect width="900" height="900"/></svg>');
    expect(huge.status).toBe(200);
    expect((await pixels(await huge.arrayBuffer())).info.width).toBe(2048);
    const absurd = await render('<svg xmlns="http://www.w3.org/2000/svg" width="99999999999" height="99999999999"/>');
    expect(absurd.status).toBe(422);
    expect((await absurd.json()).error.code).toBe('invalidFile');
  });

  it('answers 4xx JSON for no credentials, the wrong content type, non-SVG and oversized bodies', async () => {
    expect((await render('<svg/>', {})).status).toBe(401);
    const wrongType = await fetch(`${app.url}/api/render`, { method: 'POST', headers: { ...authHeaders(user), 'content-type': 'application/json' }, body: '{}' });
    expect(wrongType.status).toBe(415);
    const notSvg = await render('<html><script>x</script></html>');
    expect(notSvg.status).toBe(422);
    expect((await notSvg.json()).error.message).toMatch(/not an SVG/);
    const doctype = await render('<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">&a;</svg>');
    expect(doctype.status).toBe(422);
    const big = await render(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>${'x'.repeat(9 * 1024 * 1024)}</desc></svg>`);
    expect(big.status).toBe(413);
  });
});
