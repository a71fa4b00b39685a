// The janitor removes what interrupted uploads leave behind, and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';
import { runJanitor } from '@/lib/attachments/janitor';
import { acceptUpload, bufferChunks } from '@/lib/attachments/pipeline';
import { objectsDir } from '@/lib/attachments/storage/local';
import { tempDir } from '@/lib/attachments/storage';
import { makeUser } from '../support/users';
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
    expect(report).toEqual({ pendingRemoved: 1, tempFilesRemoved: 1, orphansRemoved: 1 });
    expect(await db().attachment.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db().attachment.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(fs.existsSync(oldTemp)).toBe(false);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(oldReady)).toBe(true);
    expect(await runJanitor()).toEqual({ pendingRemoved: 0, tempFilesRemoved: 0, orphansRemoved: 0 });
  });
});
