// The public conversation attachment API end to end: all five upload methods, then list, the activity item in the
// conversation, fetch, delete, and both exports (the zip unpacked, its files' SHA-256 checked).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { addThreadItem } from '@/lib/store';
import { newId } from '@/lib/ids';
import { runJanitor } from '@/lib/attachments/janitor';
import { signedUploadUrl } from '@/lib/attachments/signing';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import * as fx from './attachments-fixtures';
import { conversationFor, startFileServer, unzip, type FileServer } from './api-v1-helpers';

let app: AppServer;
let files: FileServer;
let ada: TestUser;
let conv: string;
let pngBytes: Buffer;

beforeAll(async () => {
  app = await startAppServer();
  pngBytes = await fx.png(320, 240);
  files = await startFileServer({
    '/quarterly.pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(fx.pdf()),
  });
  ada = await makeUser();
  conv = await conversationFor(ada);
});
afterAll(async () => {
  await files.close();
  await app.close();
});

const base = () => `${app.url}/api/v1/conversation/${conv}`;
const auth = (u = ada) => ({ authorization: `Bearer ${u.token}` });
const uploadUrl = (q = '') => `${base()}/attachment/upload${q}`;

async function postJson(body: unknown) {
  return fetch(uploadUrl(), { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const uploaded: Record<string, { id: string; sha256: string; expectSha?: string }> = {};

describe('upload methods', () => {
  it('1. URL: fetches the file from a (allow-listed) server and answers {id,name,type,size,downloadRequest}', async () => {
    const res = await postJson({ file: `${files.url}/quarterly.pdf` });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a).toMatchObject({ name: 'quarterly.pdf', type: 'application/pdf', size: fx.pdf().length, downloadRequest: { method: 'GET', headers: {} } });
    expect(a.downloadRequest.url.startsWith(`${app.url}/api/files/${a.id}?`)).toBe(true);
    const dl = Buffer.from(await (await fetch(a.downloadRequest.url)).arrayBuffer());
    expect(dl.equals(fx.pdf())).toBe(true);
    uploaded.url = { id: a.id, sha256: a.sha256, expectSha: fx.sha256(fx.pdf()) };
  });

  it('2. data URL: decodes strict base64 and stores the re-encoded image', async () => {
    const res = await postJson({ file: `data:image/png;name=chart.png;base64,${pngBytes.toString('base64')}` });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a).toMatchObject({ name: 'chart.png', type: 'image/png', width: 320, height: 240 });
    uploaded.data = { id: a.id, sha256: a.sha256 };
  });

  it('3. multipart: streams the `file` part', async () => {
    const csv = Buffer.from('step,owner\nreview,ada\napprove,bob\n');
    const res = await fetch(uploadUrl(), { method: 'POST', headers: auth(), body: fx.form(csv, 'steps.csv', 'text/csv') });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a).toMatchObject({ name: 'steps.csv', type: 'text/csv', size: csv.length });
    uploaded.multipart = { id: a.id, sha256: a.sha256, expectSha: fx.sha256(csv) };
  });

  it('4. raw body: the name comes from ?name= or Content-Disposition', async () => {
    const res = await fetch(uploadUrl('?name=process.bpmn'), { method: 'POST', headers: { ...auth(), 'content-type': 'application/octet-stream' }, body: new Uint8Array(fx.bpmn()) });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a).toMatchObject({ name: 'process.bpmn', type: 'application/bpmn+xml' });
    uploaded.raw = { id: a.id, sha256: a.sha256, expectSha: fx.sha256(fx.bpmn()) };

    const notes = Buffer.from('Résumé of the meeting\n');
    const cd = await fetch(uploadUrl(), {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'text/plain', 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('Résumé.txt')}` },
      body: new Uint8Array(notes),
    });
    expect(cd.status).toBe(201);
    expect((await cd.json()).name).toBe('Résumé.txt');
  });

  it('5. two-step: announces, gets an uploadRequest, PUTs the bytes, and only then is it ready', async () => {
    const jpg = await fx.jpeg(64, 64);
    const res = await postJson({ file: { type: 'image/jpeg', size: jpg.length, name: 'photo.jpg' } });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a).toMatchObject({ name: 'photo.jpg', type: 'image/jpeg', size: jpg.length, status: 'pending', uploadRequest: { method: 'PUT', headers: { 'Content-Type': 'image/jpeg' } } });
    expect(a.uploadRequest.url.startsWith(app.url)).toBe(true);
    // A signed read of a pending upload waits (bounded) for the bytes, then says they never came: 409, not 404.
    const early = await fetch(a.downloadRequest.url);
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBeTruthy();
    const listed = await (await fetch(`${base()}/attachment/list`, { headers: auth() })).json();
    expect(listed.data.map((x: { id: string }) => x.id)).not.toContain(a.id);

    const put = await fetch(a.uploadRequest.url, { method: 'PUT', headers: a.uploadRequest.headers, body: new Uint8Array(jpg) });
    expect(put.status).toBe(200);
    const done = await put.json();
    expect(done).toMatchObject({ id: a.id, status: 'ready', type: 'image/jpeg', width: 64, height: 64 });
    expect(done).not.toHaveProperty('uploadRequest');
    expect((await fetch(done.downloadRequest.url)).status).toBe(200);
    uploaded.twoStep = { id: a.id, sha256: done.sha256 };
  });
});

describe('after the uploads', () => {
  it('reuses an identical file in the same conversation instead of storing it twice', async () => {
    const before = fx.storedFiles().length;
    const res = await postJson({ file: `${files.url}/quarterly.pdf` });
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(uploaded.url!.id);
    expect(fx.storedFiles().length).toBe(before);
  });

  it('lists every attachment newest first with cursor pagination', async () => {
    const all: string[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i++) {
      const page = await (await fetch(`${base()}/attachment/list?take=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth() })).json();
      expect(page.data.length).toBeLessThanOrEqual(2);
      all.push(...page.data.map((x: { id: string }) => x.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(all.length).toBe(6);
    for (const u of Object.values(uploaded)) expect(all).toContain(u.id);
    expect(all.indexOf(uploaded.twoStep!.id)).toBeLessThan(all.indexOf(uploaded.url!.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('shows each upload in the conversation as a visible task item saying what arrived and how', async () => {
    const items = await db().threadItem.findMany({ where: { threadId: conv, type: 'task' }, orderBy: { seq: 'asc' } });
    const titles = items.map((i) => (i.payload as { task: { title: string } }).task.title);
    expect(titles[0]).toBe(`Attached quarterly.pdf (${fx.pdf().length} bytes) from a URL`);
    expect(titles).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Attached chart\.png \(.+\) as a data URL$/),
        expect.stringMatching(/^Attached steps\.csv \(.+\) by form upload$/),
        expect.stringMatching(/^Attached process\.bpmn \(.+\) by direct upload$/),
        expect.stringMatching(/^Attached photo\.jpg \(.+\) by two-step upload$/),
      ]),
    );
    expect(items.every((i) => !i.hidden)).toBe(true);
    const thread = await db().thread.findUniqueOrThrow({ where: { id: conv } });
    expect(thread).toMatchObject({ attachmentCount: 6, imageCount: 2 });
  });

  it('fetch answers metadata with a fresh download URL', async () => {
    const res = await fetch(`${base()}/attachment/${uploaded.multipart!.id}/fetch`, { headers: auth() });
    expect(res.status).toBe(200);
    const a = await res.json();
    expect(a).toMatchObject({ id: uploaded.multipart!.id, name: 'steps.csv' });
    expect((await fetch(a.downloadRequest.url)).status).toBe(200);
  });

  it('exports JSON with the thread, items, attachment metadata and the diagram revisions the conversation touched', async () => {
    const dgm = await db().diagram.create({ data: { id: newId('dgm'), userId: ada.id, name: 'Order to cash' } });
    const rev = await db().diagramRevision.create({ data: { id: newId('rev'), diagramId: dgm.id, xml: fx.bpmn().toString(), sha256: fx.sha256(fx.bpmn()) } });
    await addThreadItem(
      ada.id,
      conv,
      { id: newId('msg'), thread_id: conv, created_at: new Date().toISOString(), type: 'user_message', content: [{ type: 'input_text', text: 'What is missing?' }], attachments: [], inference_options: {} },
      { diagramId: dgm.id },
    );
    const res = await fetch(`${base()}/export?format=json`, { headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const exp = await res.json();
    expect(exp.thread).toMatchObject({ id: conv, title: 'Quarterly review' });
    // Six uploads plus the reused duplicate, which is reported too.
    const tasks = exp.items.filter((i: { type: string }) => i.type === 'task');
    expect(tasks).toHaveLength(7);
    expect(tasks.some((t: { task: { title: string } }) => /already in this conversation, reused$/.test(t.task.title))).toBe(true);
    expect(exp.items.at(-1)).toMatchObject({ type: 'user_message', content: [{ text: 'What is missing?' }] });
    expect(exp.attachments.map((a: { id: string }) => a.id).sort()).toEqual(Object.values(uploaded).map((u) => u.id).concat(exp.attachments.find((a: { name: string }) => a.name === 'Résumé.txt').id).sort());
    expect(exp.diagramRevisions).toEqual([expect.objectContaining({ id: rev.id, diagramName: 'Order to cash', xml: fx.bpmn().toString() })]);
  });

  it('exports a streamed zip whose files match the stored bytes (and the uploaded bytes for non-images)', async () => {
    const res = await fetch(`${base()}/export?format=zip`, { headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const entries = await unzip(Buffer.from(await res.arrayBuffer()));
    const exp = JSON.parse(entries.get('conversation.json')!.toString());
    expect(entries.get('transcript.md')!.toString()).toMatch(/### You — .*\n\nWhat is missing\?/);
    expect(entries.get('transcript.md')!.toString()).toContain('Attached quarterly.pdf');
    for (const a of exp.attachments) {
      const bytes = entries.get(a.path);
      expect(bytes, a.path).toBeDefined();
      expect(fx.sha256(bytes!)).toBe(a.sha256);
    }
    for (const u of Object.values(uploaded)) {
      const a = exp.attachments.find((x: { id: string }) => x.id === u.id);
      if (u.expectSha) expect(fx.sha256(entries.get(a.path)!)).toBe(u.expectSha);
    }
    const bpmnEntries = [...entries.keys()].filter((k) => k.startsWith('diagrams/') && k.endsWith('.bpmn'));
    expect(bpmnEntries).toHaveLength(1);
    expect(entries.get(bpmnEntries[0]!)!.equals(fx.bpmn())).toBe(true);
  });

  it('delete removes the row and the bytes; then fetch is 404', async () => {
    const id = uploaded.raw!.id;
    const res = await fetch(`${base()}/attachment/${id}/delete`, { method: 'POST', headers: auth() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id, deleted: true });
    expect(fx.storedFiles().filter((f) => f.includes(id))).toEqual([]);
    expect((await fetch(`${base()}/attachment/${id}/fetch`, { headers: auth() })).status).toBe(404);
  });
});

describe('two-step refusals', () => {
  async function announce(type: string, size: number, name: string) {
    const res = await postJson({ file: { type, size, name } });
    expect(res.status).toBe(201);
    return res.json();
  }

  it('refuses a PUT of the wrong size (413 more, 422 fewer) and of the wrong type (415), leaving no row', async () => {
    const pdf = fx.pdf();
    const more = await announce('application/pdf', pdf.length - 10, 'a.pdf');
    expect((await fetch(more.uploadRequest.url, { method: 'PUT', body: new Uint8Array(pdf) })).status).toBe(413);
    const fewer = await announce('application/pdf', pdf.length + 10, 'b.pdf');
    expect((await fetch(fewer.uploadRequest.url, { method: 'PUT', body: new Uint8Array(pdf) })).status).toBe(422);
    const png = await fx.png();
    const wrongType = await announce('application/pdf', png.length, 'c.pdf');
    const res = await fetch(wrongType.uploadRequest.url, { method: 'PUT', body: new Uint8Array(png) });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupportedMediaType');
    expect(await db().attachment.count({ where: { id: { in: [more.id, fewer.id, wrongType.id] } } })).toBe(0);
  });

  it('refuses an upload URL used after expiry with 403', async () => {
    const a = await announce('text/plain', 5, 'late.txt');
    const row = await db().attachment.findUniqueOrThrow({ where: { id: a.id } });
    const expired = signedUploadUrl(a.id, new Date(Date.now() - 1000));
    expect((await fetch(expired, { method: 'PUT', body: 'hello' })).status).toBe(403);
    await db().attachment.update({ where: { id: a.id }, data: { uploadExpiresAt: new Date(Date.now() - 1000) } });
    const res = await fetch(a.uploadRequest.url, { method: 'PUT', body: 'hello' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
    expect(row.status).toBe('pending');
  });

  it('a never-completed upload is swept by the janitor', async () => {
    const a = await announce('text/plain', 5, 'never.txt');
    await db().attachment.update({ where: { id: a.id }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    const report = await runJanitor();
    expect(report.pendingRemoved).toBeGreaterThanOrEqual(1);
    expect(await db().attachment.findUnique({ where: { id: a.id } })).toBeNull();
    expect((await fetch(a.uploadRequest.url, { method: 'PUT', body: 'hello' })).status).toBe(404);
  });
});
