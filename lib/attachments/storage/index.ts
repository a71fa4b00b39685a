// STORAGE_DRIVER selects the driver; temp files for validation always live locally.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { env, filesDir } from '@/lib/env';
import { localDriver } from './local';
import { s3Driver } from './s3';
import type { StorageDriver } from './types';

export type { StorageDriver, StoredObject } from './types';

export function storage(): StorageDriver {
  return env().STORAGE_DRIVER === 's3' ? s3Driver : localDriver;
}

export function tempDir(): string {
  return path.join(filesDir(), 'tmp');
}

export async function tempPath(id: string, suffix = 'part'): Promise<string> {
  await fs.promises.mkdir(tempDir(), { recursive: true });
  return path.join(tempDir(), `${id}.${suffix}`);
}

export const thumbKeyFor = (storageKey: string) => `${storageKey}.thumb`;
