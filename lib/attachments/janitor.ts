// Cleans what interrupted uploads leave: pending rows (and their temp files) older than
// PENDING_UPLOAD_MAX_AGE_HOURS; direct uploads whose request died; temp files and stored objects nothing uses.
// "Dead" means untouched for an upload URL's lifetime (UPLOAD_URL_TTL_SECONDS): a live upload writes its temp file
// continuously, every stored object is written after its row exists, and a claim lapses after that time too.
// Safe to run at any time and from several processes (janitor-timer.ts runs it on a timer, one replica per tick).
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { abandonedDirectUploads, deleteExpiredLimits, deletePendingById, keysInUse, stalePending, type AttachmentRow } from '@/lib/store/attachments';
import { storage, tempDir, thumbKeyFor } from './storage';

export type JanitorReport = {
  pendingRemoved: number;
  interruptedRemoved: number;
  tempFilesRemoved: number;
  orphansRemoved: number;
  expiredLimitsRemoved: number;
};

type TempFile = { path: string; id: string; mtime: Date };

export async function runJanitor(opts: { now?: number; maxAgeHours?: number } = {}): Promise<JanitorReport> {
  const now = opts.now ?? Date.now();
  const cutoff = new Date(now - (opts.maxAgeHours ?? env().PENDING_UPLOAD_MAX_AGE_HOURS) * 3600_000);
  const deadBefore = new Date(now - env().UPLOAD_URL_TTL_SECONDS * 1000);
  const report: JanitorReport = { pendingRemoved: 0, interruptedRemoved: 0, tempFilesRemoved: 0, orphansRemoved: 0, expiredLimitsRemoved: 0 };
  const store = storage();
  const temps = await listTempFiles();

  const removeRow = async (row: AttachmentRow) => {
    await deletePendingById(row.id);
    for (const key of [row.storageKey, thumbKeyFor(row.storageKey), `incoming/${row.id}`]) await store.delete(key).catch(() => {});
  };
  for (;;) {
    const rows = await stalePending(cutoff);
    if (!rows.length) break;
    for (const row of rows) {
      await removeRow(row);
      report.pendingRemoved++;
    }
  }
  // A direct upload's request died (kill -9): nobody holds its id, so its row goes as soon as nothing writes its temp file.
  const stillWriting = new Set(temps.filter((t) => t.mtime >= deadBefore).map((t) => t.id));
  for (const row of await abandonedDirectUploads(deadBefore)) {
    if (stillWriting.has(row.id)) continue;
    await removeRow(row);
    report.interruptedRemoved++;
  }

  // Temp files of dead attempts (a lapsed claim's included); a retry writes a new one.
  for (const t of temps) {
    if (t.mtime < deadBefore) {
      await fs.promises.rm(t.path, { force: true });
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
    if (obj.lastModified >= deadBefore) continue;
    batch.push(obj.key);
    if (batch.length >= 200) await flush();
  }
  if (batch.length) await flush();

  report.expiredLimitsRemoved = await deleteExpiredLimits(new Date(now));
  return report;
}

/** Temp files are named `<attachment id>.<attempt>.<suffix>` (ingest.ts, api.ts). */
async function listTempFiles(): Promise<TempFile[]> {
  const names = await fs.promises.readdir(tempDir()).catch(() => [] as string[]);
  const out: TempFile[] = [];
  for (const n of names) {
    const p = path.join(tempDir(), n);
    const st = await fs.promises.stat(p).catch(() => null);
    if (st?.isFile()) out.push({ path: p, id: n.split('.')[0]!, mtime: st.mtime });
  }
  return out;
}
