import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS, parseEnv } from '@/lib/env';

function readExample(): Record<string, string> {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, '..', '.env.example'), 'utf8');
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    // `# NAME=value` documents a variable that is unset by default (e.g. NEXTAUTH_URL).
    const m = /^(?:#\s*)?([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

describe('configuration', () => {
  it('.env.example lists exactly the variables the app reads', () => {
    expect(Object.keys(readExample()).sort()).toEqual([...ENV_KEYS].sort());
  });

  it('.env.example shows the real defaults', () => {
    const fromExample = parseEnv({ ...readExample(), NODE_ENV: 'test' });
    const defaults = parseEnv({ NODE_ENV: 'test' });
    // NEXTAUTH_URL and PGLITE_DIR/FILES_DIR are derived when unset; the example spells out what they resolve to.
    for (const k of ENV_KEYS.filter((k) => !['NEXTAUTH_URL', 'PGLITE_DIR', 'FILES_DIR'].includes(k))) {
      expect([k, fromExample[k as keyof typeof fromExample]]).toEqual([k, defaults[k as keyof typeof defaults]]);
    }
  });

  it('names the variable in the error for a bad value', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(() => parseEnv({ CHAT_UI: 'fancy' })).toThrow(/CHAT_UI/);
    expect(() => parseEnv({ IMAGE_MAX_BYTES: '-5' })).toThrow(/IMAGE_MAX_BYTES/);
  });

  it('reads booleans and lists the way operators write them', () => {
    const e = parseEnv({ ALLOW_SIGNUP: 'false', ADMIN_EMAILS: 'a@x.io, b@y.io ,', OPENAI_VISION: '0' });
    expect(e.ALLOW_SIGNUP).toBe(false);
    expect(e.OPENAI_VISION).toBe(false);
    expect(e.ADMIN_EMAILS).toEqual(['a@x.io', 'b@y.io']);
  });
});
