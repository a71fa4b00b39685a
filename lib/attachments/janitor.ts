// Cleans what interrupted uploads leave: pending rows (and their temp files) older than
// PENDING_UPLOAD_MAX_AGE_HOURS, stray temp files, and stored objects no row refers to.
// Safe to run at any time; an ingest in progress is younger than the cutoff.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { deletePendingById, keysInUse, stalePending } from '@/lib/store/attachments';
import { storage, tempDir, thumbKeyFor } from './storage';

export type JanitorReport = { pendingRemoved: number; tempFilesRemoved: number; orphansRemoved: number };

export async function runJanitor(opts: { now?: number; maxAgeHours?: number } = {}): Promise<JanitorReport> {
  const now = opts.now ?? Date.now();
  const cutoff = new Date(now - (opts.maxAgeHours ?? env().PENDING_UPLOAD_MAX_AGE_HOURS) * 3600_000);
  const report: JanitorReport = { pendingRemoved: 0, tempFilesRemoved: 0, orphansRemoved: 0 };
  const store = storage();

  for (;;) {
    const rows = await stalePending(cutoff);
    if (!rows.length) break;
    for (const row of rows) {
      await deletePendingById(row.id);
      for (const key of [row.storageKey, thumbKeyFor(row.storageKey), `incoming/${row.id}`]) await store.delete(key).catch(() => {});
      report.pendingRemoved++;
    }
  }

  let names: string[] = [];
  try {
    names = await fs.promises.readdir(tempDir());
  } catch {
    /* no temp dir yet */
  }
  for (const n of names) {
    const p = path.join(tempDir(), n);
    const st = await fs.promises.stat(p).catch(() => null);
    if (st && st.mtime < cutoff) {
      await fs.promises.rm(p, { force: true });
      report.tempFilesRemoved++;
    }
  }

  const batch: string[] = [];
  const flush = async () => {
    const used = await keysInUse(batch.map((k) => k.replace(/^incoming\//, '')));
    for (const key of batch) {
      const base = key.replace(/^incoming\//, '');
      if (!used.has(base)) {
        await store.delete(key).catch(() => {});
        report.orphansRemoved++;
      }
    }
    batch.length = 0;
  };
  for await (const obj of store.list()) {
    if (obj.lastModified >= cutoff) continue;
    batch.push(obj.key);
    if (batch.length >= 200) await flush();
  }
  if (batch.length) await flush();
  return report;
}
