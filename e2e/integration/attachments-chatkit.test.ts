// The whole ChatKit attachment path over HTTP, as the official element and the built-in panel use it:
// attachments.create → PUT to upload_descriptor.url (no cookie) → threads.create with the id → the item shows an
// image whose preview_url serves the thumbnail cross-origin; another user can't send or delete the id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import * as fx from './attachments-fixtures';

let app: AppServer;
let ada: TestUser;
let bob: TestUser;
beforeAll(async () => {
  app = await startAppServer();
  ada = await makeUser();
  bob = await makeUser();
});
afterAll(() => app.close());

const chatkit = (user: TestUser, body: unknown) =>
  fetch(`${app.url}/api/chatkit`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` }, body: JSON.stringify(body) });

describe('ChatKit two-phase attachments end to end', () => {
  it('create → PUT → send → the message shows the image with a working cross-origin preview', async () => {
    const bytes = await fx.png(1024, 768);
    const created = await chatkit(ada, { type: 'attachments.create', params: { name: 'Screenshot 2026-11-22.png', size: bytes.length, mime_type: 'image/png' } });
    expect(created.status).toBe(200);
    const att = await created.json();
    expect(att).toMatchObject({ type: 'image', name: 'Screenshot 2026-11-22.png', upload_descriptor: { method: 'PUT' } });
    expect(att).not.toHaveProperty('metadata');

    const put = await fetch(att.upload_descriptor.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: new Uint8Array(bytes) });
    expect(put.status).toBe(200);

    const bobTry = await chatkit(bob, { type: 'threads.create', params: { input: { content: [{ type: 'input_text', text: 'mine now' }], attachments: [att.id], inference_options: {} } } });
    expect(bobTry.status).toBe(404);
    expect(await db().attachment.findUniqueOrThrow({ where: { id: att.id } })).toMatchObject({ threadId: null, userId: ada.id });

    const sent = await chatkit(ada, { type: 'threads.create', params: { input: { content: [{ type: 'input_text', text: 'What do you see?' }], attachments: [att.id], inference_options: {} } } });
    expect(sent.status).toBe(200);
    const events = (await sent.text()).split('\n\n').filter((f) => f.startsWith('data: ')).map((f) => JSON.parse(f.slice(6)));
    const threadId = events[0].thread.id;
    const userItem = events.find((e) => e.type === 'thread.item.done' && e.item.type === 'user_message')?.item ?? events[1].item;
    expect(userItem.attachments[0]).toMatchObject({ id: att.id, type: 'image', thread_id: threadId });
    expect(userItem.attachments[0]).not.toHaveProperty('upload_descriptor');

    const preview = await fetch(userItem.attachments[0].preview_url, { headers: { origin: 'https://cdn.platform.openai.com' } });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('access-control-allow-origin')).toBe('*');
    expect(preview.headers.get('content-type')).toBe('image/webp');

    const thread = await db().thread.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread).toMatchObject({ attachmentCount: 1, imageCount: 1 });

    expect((await chatkit(bob, { type: 'attachments.delete', params: { attachment_id: att.id } })).status).toBe(404);
    const del = await chatkit(ada, { type: 'attachments.delete', params: { attachment_id: att.id } });
    expect(del.status).toBe(200);
    expect(await db().attachment.findUnique({ where: { id: att.id } })).toBeNull();
    expect(fx.storedFiles().filter((f) => f.includes(att.id))).toEqual([]);
    expect(await db().thread.findUniqueOrThrow({ where: { id: threadId } })).toMatchObject({ attachmentCount: 0, imageCount: 0 });
  });

  it('attachments.create refuses an SVG (415) and an oversized image (413) as JSON errors', async () => {
    const svg = await chatkit(ada, { type: 'attachments.create', params: { name: 'a.svg', size: 100, mime_type: 'image/svg+xml' } });
    expect(svg.status).toBe(415);
    const big = await chatkit(ada, { type: 'attachments.create', params: { name: 'a.png', size: 14 * 1024 * 1024, mime_type: 'image/png' } });
    expect(big.status).toBe(413);
    expect((await big.json()).error.message).toBe('This image is 14 MB; the limit is 10 MB.');
  });
});
