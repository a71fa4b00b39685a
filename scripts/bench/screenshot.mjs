#!/usr/bin/env node
// Screenshot benchmark: in Chromium, time from pressing the Screenshot button to the PNG File reaching the composer
// event and to its thumbnail being visible in the composer, for diagrams of ~10, ~100 and ~300 elements (p50 of RUNS), the PNG size, and the server fallback
// (POST /api/render) for the same SVG. Needs a running app: BASE_URL (default http://127.0.0.1:3000).
//   node scripts/bench/screenshot.mjs            # prints a Markdown table
import os from 'node:os';
import { chromium } from '@playwright/test';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const RUNS = Number(process.env.RUNS ?? 10);
const SIZES = (process.env.SIZES ?? '10,100,300').split(',').map(Number);

/** A start → k tasks → end chain laid out in rows of 10; elements = shapes + flows ≈ target. */
function chainXml(target) {
  const k = Math.max(1, Math.round((target - 3) / 2));
  const ids = ['S', ...Array.from({ length: k }, (_, i) => `T${i + 1}`), 'E'];
  const pos = (i) => ({ x: 150 + (i % 10) * 170, y: 100 + Math.floor(i / 10) * 150 });
  const size = (id) => (id === 'S' || id === 'E' ? { w: 36, h: 36 } : { w: 100, h: 80 });
  const box = (i) => {
    const p = pos(i), s = size(ids[i]);
    return { x: p.x - s.w / 2, y: p.y - s.h / 2, w: s.w, h: s.h };
  };
  let sem = '', di = '';
  ids.forEach((id, i) => {
    const inc = i > 0 ? `<bpmn:incoming>F${i}</bpmn:incoming>` : '';
    const out = i < ids.length - 1 ? `<bpmn:outgoing>F${i + 1}</bpmn:outgoing>` : '';
    const tag = id === 'S' ? 'startEvent' : id === 'E' ? 'endEvent' : 'task';
    const name = id === 'S' ? 'Start' : id === 'E' ? 'Done' : `Step ${i}`;
    sem += `<bpmn:${tag} id="${id}" name="${name}">${inc}${out}</bpmn:${tag}>`;
    const b = box(i);
    di += `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" /></bpmndi:BPMNShape>`;
    if (i > 0) {
      sem += `<bpmn:sequenceFlow id="F${i}" sourceRef="${ids[i - 1]}" targetRef="${id}" />`;
      const a = box(i - 1), c = box(i);
      const pts = a.y === c.y
        ? [[a.x + a.w, a.y + a.h / 2], [c.x, c.y + c.h / 2]]
        : [[a.x + a.w / 2, a.y + a.h], [a.x + a.w / 2, a.y + a.h + 20], [c.x + c.w / 2, c.y - 20], [c.x + c.w / 2, c.y]];
      di += `<bpmndi:BPMNEdge id="F${i}_di" bpmnElement="F${i}">${pts.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}</bpmndi:BPMNEdge>`;
    }
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="http://bpmn.io/schema/bpmn"><bpmn:process id="P" isExecutable="false">${sem}</bpmn:process><bpmndi:BPMNDiagram id="BD"><bpmndi:BPMNPlane id="BP" bpmnElement="P">${di}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;
  return { xml, elements: ids.length + ids.length - 1 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const email = `bench-${Date.now()}@example.test`;
  const signup = await page.request.post('/api/signup', { data: { email, password: 'password123', name: 'Bench' } });
  if (signup.status() !== 201) throw new Error(`signup failed: ${signup.status()} ${await signup.text()}`);
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/d\/dgm_/);

  const rows = [];
  for (const target of SIZES) {
    const { xml, elements } = chainXml(target);
    const res = await page.request.post('/api/diagrams', { data: { name: `Bench ${elements}`, xml } });
    const { diagram } = await res.json();
    await page.goto(`/d/${diagram.id}`);
    await page.locator('.djs-element[data-element-id="E"]').waitFor({ timeout: 60_000 });
    await page.mouse.click(5, 200); // nothing selected: the whole diagram is captured
    const times = [];
    const thumbTimes = [];
    let bytes = 0, dims = '';
    for (let i = 0; i < RUNS + 1; i++) {
      const r = await page.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        let file = null;
        window.addEventListener('procmod:composer-files', (e) => {
          const f = e.detail.files[0];
          file = { ms: performance.now() - t0, size: f.size };
        }, { once: true });
        // Thumbnail visible: the composer tile's image has decoded (checked every frame).
        const tick = () => {
          const img = document.querySelector('[data-testid="composer-image"] img');
          if (file && img && img.complete && img.naturalWidth > 0) resolve({ ...file, thumbMs: performance.now() - t0 });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        document.querySelector('[data-testid="screenshot"]').click();
      }));
      if (i > 0) {
        times.push(r.ms); // the first run warms up
        thumbTimes.push(r.thumbMs);
      }
      bytes = r.size;
      // Empty the composer again so the next run measures a fresh tile (and no upload queue builds up).
      await page.locator('[data-testid="composer-image"] .chat-tile-remove').first().click();
      await page.locator('[data-testid="composer-image"]').waitFor({ state: 'detached' });
      await page.waitForTimeout(150);
    }
    dims = await page.evaluate(() => document.querySelector('[data-testid="modeler-notice"]')?.textContent ?? '');
    // The server fallback for the same SVG (what the client sends when the browser cannot rasterise).
    const serverTimes = [];
    const exported = await page.evaluate(() => !!document.querySelector('[data-testid="export-svg"]'));
    if (exported) {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => document.querySelector('[data-testid="export-svg"]').click())]);
      const path = await dl.path();
      const fs = await import('node:fs');
      // The client sends a standalone SVG (no prolog/DOCTYPE), like components/modeler/screenshot.ts builds.
      const body = fs.readFileSync(path, 'utf8').replace(/^[\s\S]*?(<svg\b)/, '$1');
      for (let i = 0; i < Math.min(RUNS, 5) + 1; i++) {
        const t0 = performance.now();
        const rr = await page.request.post('/api/render', { headers: { 'content-type': 'image/svg+xml' }, data: body });
        const ms = performance.now() - t0;
        if (!rr.ok()) {
          serverTimes.length = 0;
          serverTimes.push(NaN);
          break;
        }
        if (i > 0) serverTimes.push(ms);
      }
    }
    rows.push({ elements, p50: median(times), max: Math.max(...times), thumb: median(thumbTimes), bytes, server: serverTimes.length ? median(serverTimes) : NaN, dims: /\((\d+×\d+)\)/.exec(dims)?.[1] ?? '' });
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nScreenshot benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length}× ${cpu}, Chromium headless, ${RUNS} runs (p50)\n`);
  console.log('| elements | click → PNG File (p50) | max | click → thumbnail visible (p50) | PNG size | PNG pixels | server fallback /api/render (p50) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.elements} | ${r.p50.toFixed(0)} ms | ${r.max.toFixed(0)} ms | ${r.thumb.toFixed(0)} ms | ${(r.bytes / 1024).toFixed(0)} KB | ${r.dims} | ${Number.isNaN(r.server) ? 'n/a' : `${r.server.toFixed(0)} ms`} |`);
  }
} finally {
  await browser.close();
}
