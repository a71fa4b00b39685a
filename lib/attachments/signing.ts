// Capability URLs: HMAC-signed, expiring, minted on every read and never stored. They let the ChatKit iframe
// (which sends no cookies) show previews and upload bytes.
import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { originForUrls } from '@/lib/auth/origin';
import { authSecret, env } from '@/lib/env';
import { AppError } from '@/lib/errors';

export type SignedPurpose = 'read' | 'upload';

function key(): Buffer {
  // A derived key: the raw secret also signs session cookies.
  return createHash('sha256').update(`procmod-attachment-urls:${authSecret()}`).digest();
}

function mac(purpose: SignedPurpose, id: string, variant: string, exp: number): string {
  return createHmac('sha256', key()).update(`${purpose}\n${id}\n${variant}\n${exp}`).digest('base64url');
}

export type Variant = 'original' | 'thumb';

/**
 * Absolute URL of the bytes (GET/HEAD, CORS *); `thumb` is the ≤512 px preview. `origin` defaults to the
 * request in scope (lib/auth/origin.ts originForUrls).
 */
export function signedReadUrl(id: string, opts: { variant?: Variant; ttlSeconds?: number; now?: number; origin?: string } = {}): { url: string; expiresAt: Date } {
  const variant = opts.variant ?? 'original';
  const exp = Math.floor((opts.now ?? Date.now()) / 1000) + (opts.ttlSeconds ?? env().SIGNED_URL_TTL_SECONDS);
  const q = new URLSearchParams();
  if (variant !== 'original') q.set('variant', variant);
  q.set('exp', String(exp));
  q.set('sig', mac('read', id, variant, exp));
  return { url: `${originForUrls(opts.origin)}/api/files/${encodeURIComponent(id)}?${q}`, expiresAt: new Date(exp * 1000) };
}

/** Absolute URL that accepts the bytes of a pending attachment (PUT raw or POST multipart). */
export function signedUploadUrl(id: string, expiresAt: Date, origin?: string): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  const q = new URLSearchParams({ exp: String(exp), sig: mac('upload', id, 'original', exp) });
  return `${originForUrls(origin)}/api/chatkit/attachments/${encodeURIComponent(id)}/upload?${q}`;
}

/** Whether the URL carries a signature at all (absent → fall back to requireUser). */
export function hasSignature(url: URL): boolean {
  return url.searchParams.has('sig') || url.searchParams.has('exp');
}

/** 403 for a bad or expired signature; returns the variant it authorises. */
export function verifySignedUrl(url: URL, purpose: SignedPurpose, id: string, now = Date.now()): Variant {
  const variant = (url.searchParams.get('variant') ?? 'original') as Variant;
  const exp = Number(url.searchParams.get('exp'));
  const sig = url.searchParams.get('sig') ?? '';
  if (!['original', 'thumb'].includes(variant) || !Number.isInteger(exp) || !sig) {
    throw new AppError('forbidden', 'This link is not valid. Ask for a fresh one.');
  }
  const expected = Buffer.from(mac(purpose, id, variant, exp));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError('forbidden', 'This link is not valid. Ask for a fresh one.');
  }
  if (exp * 1000 < now) throw new AppError('forbidden', 'This link has expired. Ask for a fresh one.');
  return variant;
}
