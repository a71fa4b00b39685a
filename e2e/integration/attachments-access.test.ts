// Who may read and change an attachment: signed preview URLs (no cookie, CORS *, expiry, tampering), the
// ChatKit port's ownership checks, and the two-user matrix (someone else's attachment is a 404 like a missing one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';
import { readAttachmentForModel } from '@/lib/attachments/read';
import { signedReadUrl } from '@/lib/attachments/signing';
import { newId } from '@/lib/ids';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import * as fx from './attachments-fixtures';

let app: AppServer;
let ada: TestUser;
let bob: TestUser;
let adaImage: { id: string; preview_url: string };
let adaFile: { id: string };

async function upload(user: TestUser, file: Buffer, name: string, type: string) {
  const res = await fetch(`${app.url}/api/chatkit/upload`, { method: 'POST', headers: { authorization: `Bearer ${user.token}` }, body: fx.form(file, name, type) });
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  app = await startAppServer();
  ada = await makeUser();
  bob = await makeUser();
  adaImage = await upload(ada, await fx.png(100, 80), 'ada.png', 'image/png');
  adaFile = await upload(ada, fx.pdf(), 'ada.pdf', 'application/pdf');
});
afterAll(() => app.close());

describe('signed file URLs', () => {
  it('serve the original without cookies, with the sniffed type, nosniff, a sandbox CSP and CORS *', async () => {
    const url = signedReadUrl(adaImage.id).url;
    const res = await fetch(url, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="?ada.png"?(;|$)/);
    const row = await db().attachment.findUniqueOrThrow({ where: { id: adaImage.id } });
    expect(fx.sha256(Buffer.from(await res.arrayBuffer()))).toBe(row.sha256);
  });

  it('serve non-images as downloads (Content-Disposition: attachment)', async () => {
    const res = await fetch(signedReadUrl(adaFile.id).url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?ada.pdf"?(;|$)/);
  });

  it('answer a CORS preflight from any origin', async () => {
    const res = await fetch(adaImage.preview_url, { method: 'OPTIONS', headers: { origin: 'https://cdn.platform.openai.com', 'access-control-request-method': 'GET' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answer 403 after expiry', async () => {
    const old = signedReadUrl(adaImage.id, { now: Date.now() - 3600_000, ttlSeconds: 60 }).url;
    const res = await fetch(old);
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/expired/) });
  });

  it('answer 403 for a tampered signature, a changed expiry, another id or a changed variant', async () => {
    const url = new URL(signedReadUrl(adaImage.id).url);
    const sig = url.searchParams.get('sig')!;
    const variants: URL[] = [];
    const flip = new URL(url);
    flip.searchParams.set('sig', (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1));
    variants.push(flip);
    const later = new URL(url);
    later.searchParams.set('exp', String(Number(url.searchParams.get('exp')) + 3600));
    variants.push(later);
    variants.push(new URL(url.toString().replace(adaImage.id, adaFile.id)));
    const thumb = new URL(url);
    thumb.searchParams.set('variant', 'thumb');
    variants.push(thumb);
    const nosig = new URL(url);
    nosig.searchParams.delete('sig');
    variants.push(nosig);
    for (const v of variants) expect((await fetch(v)).status, v.toString()).toBe(403);
  });

  it('answer 404 once the attachment is deleted, even with a valid signature', async () => {
    const tmp = await upload(ada, Buffer.from('temporary'), 'tmp.txt', 'text/plain');
    const url = signedReadUrl(tmp.id).url;
    expect((await fetch(url)).status).toBe(200);
    await attachmentsPort.delete({ userId: ada.id }, tmp.id);
    expect((await fetch(url)).status).toBe(404);
    expect(fx.storedFiles().filter((f) => f.includes(tmp.id))).toEqual([]);
  });
});

describe('two users', () => {
  it("B cannot delete A's attachment: the same 404 as a random id; 400 for a malformed id; A's data intact", async () => {
    const bctx = { userId: bob.id };
    const errOf = (p: Promise<unknown>) => p.then(() => null, (e) => ({ code: e.code, message: e.message }));
    const foreign = await errOf(attachmentsPort.delete(bctx, adaImage.id));
    const random = await errOf(attachmentsPort.delete(bctx, newId('atc')));
    expect(foreign).toEqual({ code: 'notFound', message: 'Attachment not found' });
    expect(random).toEqual(foreign);
    expect(await errOf(attachmentsPort.delete(bctx, 'not-an-id'))).toMatchObject({ code: 'badRequest' });
    expect((await fetch(signedReadUrl(adaImage.id).url)).status).toBe(200);
  });

  it("B cannot use A's attachment in a message, read it for the model, or get it presented", async () => {
    const bctx = { userId: bob.id };
    await expect(attachmentsPort.loadForMessage(bctx, [adaImage.id])).rejects.toMatchObject({ code: 'notFound' });
    await expect(readAttachmentForModel(bob.id, adaImage.id)).rejects.toMatchObject({ code: 'notFound' });
    expect(await attachmentsPort.present(bctx, [adaImage.id])).toEqual([]);
    const own = await attachmentsPort.loadForMessage({ userId: ada.id }, [adaImage.id, adaFile.id]);
    expect(own.map((a) => a.type)).toEqual(['image', 'file']);
  });

  it("B cannot bind A's attachment to a thread", async () => {
    await attachmentsPort.bindToThread({ userId: bob.id }, [adaFile.id], newId('thr'));
    expect((await db().attachment.findUniqueOrThrow({ where: { id: adaFile.id } })).threadId).toBeNull();
  });

  it("B cannot upload into A's pending attachment without its signed URL (404), nor use it unsigned as A with a cookie from elsewhere", async () => {
    const pending = await attachmentsPort.create({ userId: ada.id }, { name: 'p.txt', size: 5, mime_type: 'text/plain' });
    const unsigned = `${app.url}/api/chatkit/attachments/${pending.id}/upload`;
    const asBob = await fetch(unsigned, { method: 'PUT', headers: { authorization: `Bearer ${bob.token}` }, body: 'hello' });
    expect(asBob.status).toBe(404);
    const asAdaCrossSite = await fetch(unsigned, { method: 'PUT', headers: { cookie: ada.cookie, origin: 'https://evil.example' }, body: 'hello' });
    expect(asAdaCrossSite.status).toBe(403);
    const anonymous = await fetch(unsigned, { method: 'PUT', body: 'hello' });
    expect(anonymous.status).toBe(401);
    expect((await db().attachment.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe('pending');
    const asAda = await fetch(unsigned, { method: 'PUT', headers: { authorization: `Bearer ${ada.token}` }, body: 'hello' });
    expect(asAda.status).toBe(200);
  });

  it('an unauthenticated direct upload is 401 and stores nothing', async () => {
    const before = fx.storedFiles();
    const res = await fetch(`${app.url}/api/chatkit/upload`, { method: 'POST', body: fx.form(fx.pdf(), 'a.pdf', 'application/pdf') });
    expect(res.status).toBe(401);
    expect(fx.storedFiles()).toEqual(before);
  });
});
