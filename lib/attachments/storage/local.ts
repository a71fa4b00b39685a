// Local filesystem driver: objects under <filesDir>/objects, placed by rename from the temp dir (same filesystem,
// so a reader never sees half a file).
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { filesDir } from '@/lib/env';
import type { StorageDriver, StoredObject } from './types';

const SAFE_KEY = /^[A-Za-z0-9_.-]+$/;

export function objectsDir(): string {
  return path.join(filesDir(), 'objects');
}

function pathFor(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`unsafe storage key ${JSON.stringify(key)}`);
  return path.join(objectsDir(), key);
}

export const localDriver: StorageDriver = {
  name: 'local',
  async putFile(key, localPath) {
    await fs.promises.mkdir(objectsDir(), { recursive: true });
    await fs.promises.rename(localPath, pathFor(key));
  },
  async putBuffer(key, data) {
    await fs.promises.mkdir(objectsDir(), { recursive: true });
    const tmp = `${pathFor(key)}.${process.pid}.tmp`;
    const fh = await fs.promises.open(tmp, 'w');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.promises.rename(tmp, pathFor(key));
  },
  async get(key) {
    const p = pathFor(key);
    try {
      const st = await fs.promises.stat(p);
      return { stream: fs.createReadStream(p), size: st.size };
    } catch {
      return null;
    }
  },
  async delete(key) {
    await fs.promises.rm(pathFor(key), { force: true });
  },
  async *list(): AsyncIterable<StoredObject> {
    let names: string[] = [];
    try {
      names = await fs.promises.readdir(objectsDir());
    } catch {
      return;
    }
    for (const n of names) {
      const st = await fs.promises.stat(path.join(objectsDir(), n)).catch(() => null);
      if (st?.isFile()) yield { key: n, lastModified: st.mtime };
    }
  },
  async presignPut() {
    return null;
  },
  async download(key, localPath) {
    const src = await this.get(key);
    if (!src) return null;
    await pipeline(src.stream, fs.createWriteStream(localPath));
    return src.size;
  },
};
