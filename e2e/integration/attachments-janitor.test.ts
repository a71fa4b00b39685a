// The janitor removes what interrupted uploads leave behind, and nothing else; a cut-off upload frees itself after
// an upload URL's lifetime. (Crashes with real processes and the timer across replicas: reliability-*.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { newId } from '@/lib/ids';
import { claimPending, createPending, deletePendingById } from '@/lib/store/attachments';
import { janitorTick } from '@/lib/attachments/janitor-timer';
import { startAppServer, type AppServer } from '../support/app-server';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';
import { runJanitor } from '@/lib/attachments/janitor';
import { acceptUpload, bufferChunks } from '@/lib/attachments/pipeline';
import { objectsDir } from '@/lib/attachments/storage/local';
import { tempDir, tempPath } from '@/lib/attachments/storage';
import { authHeaders, makeUser } from '../support/users';
import * as fx from './attachments-fixtures';

describe('deleting a pending attachment', () => {
  it('removes its temp files too (an upload interrupted by a crash leaves one)', async () => {
    const u = await makeUser();
    const pending = await attachmentsPort.create({ userId: u.id }, { name: 'crashed.txt', size: 10, mime_type: 'text/plain' });
    fs.mkdirSync(tempDir(), { recursive: true });
    const temp = path.join(tempDir(), `${pending.id}.1a2b3c4d`);
    const other = path.join(tempDir(), `atc_someoneelse.1a2b3c4d`);
    fs.writeFileSync(temp, 'half');
    fs.writeFileSync(other, 'not mine');
    await attachmentsPort.delete({ userId: u.id }, pending.id);
    expect(fs.existsSync(temp)).toBe(false);
    expect(fs.existsSync(other)).toBe(true);
    fs.rmSync(other);
  });
});

describe('janitor', () => {
  it('removes stale pending rows, old temp files and orphaned objects, and keeps ready attachments and fresh uploads', async () => {
    const u = await makeUser();
    const ready = await acceptUpload({ userId: u.id, source: 'chatkit_direct' }, { chunks: bufferChunks(fx.pdf()), name: 'keep.pdf' });
    const stale = await attachmentsPort.create({ userId: u.id }, { name: 'never.txt', size: 10, mime_type: 'text/plain' });
    const fresh = await attachmentsPort.create({ userId: u.id }, { name: 'soon.txt', size: 10, mime_type: 'text/plain' });
    await db().attachment.update({ where: { id: stale.id }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });

    fs.mkdirSync(tempDir(), { recursive: true });
    const oldTemp = path.join(tempDir(), `${stale.id}.part`);
    fs.writeFileSync(oldTemp, 'half an upload');
    const old = new Date(Date.now() - 25 * 3600_000);
    fs.utimesSync(oldTemp, old, old);
    const orphan = path.join(objectsDir(), 'atc_0123456789abcdef0123456789abcdef');
    fs.writeFileSync(orphan, 'no row');
    fs.utimesSync(orphan, old, old);
    const oldReady = path.join(objectsDir(), ready.row.storageKey);
    fs.utimesSync(oldReady, old, old);

    const report = await runJanitor();
    expect(report).toMatchObject({ pendingRemoved: 1, interruptedRemoved: 0, tempFilesRemoved: 1, orphansRemoved: 1 });
    expect(await db().attachment.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db().attachment.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(fs.existsSync(oldTemp)).toBe(false);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(oldReady)).toBe(true);
    expect(await runJanitor()).toMatchObject({ pendingRemoved: 0, interruptedRemoved: 0, tempFilesRemoved: 0, orphansRemoved: 0 });
  });
});

describe('an upload cut off mid-way (its process died holding the claim)', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(() => app.close());

  /** A two-phase upload a request took and never finished, claimed `agoSeconds` ago. */
  async function cutOff(userId: string, agoSeconds: number) {
    const pending = await attachmentsPort.create({ userId }, { name: 'notes.txt', size: 5, mime_type: 'text/plain' });
    await claimPending(userId, pending.id, { unexpiredOnly: true });
    await db().attachment.update({ where: { id: pending.id }, data: { updatedAt: new Date(Date.now() - agoSeconds * 1000) } });
    return pending;
  }

  it('answers its URL and its owner 409 with when to retry, until the upload URL lifetime has passed', async () => {
    const u = await makeUser();
    const pending = await cutOff(u.id, 60);
    const ttl = env().UPLOAD_URL_TTL_SECONDS;
    for (const res of [
      await fetch(pending.upload_descriptor!.url, { method: 'PUT', body: 'hello' }),
      await fetch(`${app.url}/api/chatkit/attachments/${pending.id}/upload`, { method: 'PUT', body: 'hello', headers: authHeaders(u) }),
    ]) {
      expect(res.status).toBe(409);
      const retryAfter = Number(res.headers.get('retry-after'));
      // Claimed 60 s ago: it lapses a lifetime after the claim.
      expect(retryAfter).toBeGreaterThan(ttl - 70);
      expect(retryAfter).toBeLessThanOrEqual(ttl - 59);
      const body = await res.json();
      expect(body.error.code).toBe('conflict');
      expect(body.error.message).toMatch(/already in progress.*retry after \d{4}-\d\d-\d\dT.*delete/);
    }
    expect((await db().attachment.findUnique({ where: { id: pending.id } }))?.status).toBe('pending');
  });

  it('lets the owner send the bytes again once the claim has lapsed; then the upload is ready', async () => {
    const u = await makeUser();
    const pending = await cutOff(u.id, env().UPLOAD_URL_TTL_SECONDS + 1);
    const res = await fetch(`${app.url}/api/chatkit/attachments/${pending.id}/upload`, { method: 'PUT', body: 'hello', headers: authHeaders(u) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: pending.id, name: 'notes.txt' });
    expect(await db().attachment.findUnique({ where: { id: pending.id } })).toMatchObject({ status: 'ready', size: 5 });
    // Someone else's lapsed upload is still a 404.
    const other = await makeUser();
    const theirs = await cutOff(other.id, env().UPLOAD_URL_TTL_SECONDS + 1);
    const stranger = await fetch(`${app.url}/api/chatkit/attachments/${theirs.id}/upload`, { method: 'PUT', body: 'hello', headers: authHeaders(u) });
    expect(stranger.status).toBe(404);
  });

  it('lets the owner delete it, temp file included', async () => {
    const u = await makeUser();
    const pending = await cutOff(u.id, env().UPLOAD_URL_TTL_SECONDS + 1);
    const temp = await tempPath(`${pending.id}.deadbeef`);
    fs.writeFileSync(temp, 'hel');
    await attachmentsPort.delete({ userId: u.id }, pending.id);
    expect(await db().attachment.findUnique({ where: { id: pending.id } })).toBeNull();
    expect(fs.existsSync(temp)).toBe(false);
  });
});

describe('janitor: interrupted uploads', () => {
  it('removes a direct upload whose request died and the dead temp files of a lapsed claim, but not a live upload', async () => {
    const u = await makeUser();
    const ttl = env().UPLOAD_URL_TTL_SECONDS;
    const old = new Date(Date.now() - (ttl + 5) * 1000);
    // Direct uploads (no URL) as Upload.begin leaves them: one dead, one still receiving bytes.
    const dead = await createPending({ id: newId('atc'), userId: u.id, source: 'chatkit_direct', name: 'dead.png', kind: 'file', mime: 'image/png' });
    const live = await createPending({ id: newId('atc'), userId: u.id, source: 'chatkit_direct', name: 'live.png', kind: 'file', mime: 'image/png' });
    await db().attachment.updateMany({ where: { id: { in: [dead.id, live.id] } }, data: { updatedAt: old } });
    const deadTemp = await tempPath(`${dead.id}.00000001`);
    const liveTemp = await tempPath(`${live.id}.00000002`);
    fs.writeFileSync(deadTemp, 'half');
    fs.writeFileSync(liveTemp, 'still coming');
    fs.utimesSync(deadTemp, old, old);
    // A two-phase upload whose claim lapsed: its row stays for the owner's retry, its temp file goes.
    const lapsed = await attachmentsPort.create({ userId: u.id }, { name: 'lapsed.txt', size: 5, mime_type: 'text/plain' });
    await claimPending(u.id, lapsed.id, { unexpiredOnly: true });
    await db().attachment.update({ where: { id: lapsed.id }, data: { updatedAt: old } });
    const lapsedTemp = await tempPath(`${lapsed.id}.00000003`);
    fs.writeFileSync(lapsedTemp, 'he');
    fs.utimesSync(lapsedTemp, old, old);

    const report = await runJanitor();
    expect(report).toMatchObject({ interruptedRemoved: 1 });
    expect(report.tempFilesRemoved).toBeGreaterThanOrEqual(2);
    expect(await db().attachment.findUnique({ where: { id: dead.id } })).toBeNull();
    expect(await db().attachment.findUnique({ where: { id: live.id } })).not.toBeNull();
    expect(await db().attachment.findUnique({ where: { id: lapsed.id } })).toMatchObject({ status: 'pending' });
    expect([deadTemp, liveTemp, lapsedTemp].map((p) => fs.existsSync(p))).toEqual([false, true, false]);
    fs.rmSync(liveTemp);
    await deletePendingById(live.id);
  });

  it('clears expired throttle rows and keeps live ones', async () => {
    await db().rateLimiterFlexible.createMany({
      data: [
        { key: 'test:expired', points: 1, expire: new Date(Date.now() - 1000) },
        { key: 'test:live', points: 1, expire: new Date(Date.now() + 60_000) },
      ],
    });
    expect((await runJanitor()).expiredLimitsRemoved).toBeGreaterThanOrEqual(1);
    expect(await db().rateLimiterFlexible.findUnique({ where: { key: 'test:expired' } })).toBeNull();
    expect(await db().rateLimiterFlexible.findUnique({ where: { key: 'test:live' } })).not.toBeNull();
  });
});

describe('janitor timer ticks', () => {
  it('sweeps once per tick: a second sweep of the same tick, or one while a sweep runs, is skipped', async () => {
    const now = Date.now() + 3600_000 * 24 * 365; // a tick no other test claims (the sweeps themselves use the clock)
    const [a, b] = await Promise.all([janitorTick(60, now), janitorTick(60, now)]);
    expect([a.outcome, b.outcome].sort()).toEqual(expect.arrayContaining(['swept']));
    expect([a.outcome, b.outcome].filter((o) => o === 'swept')).toHaveLength(1);
    expect((await janitorTick(60, now)).outcome).toBe('done elsewhere');
    const next = await janitorTick(60, now + 60_000);
    expect(next).toMatchObject({ tick: a.tick + 1, outcome: 'swept' });
  });
});
