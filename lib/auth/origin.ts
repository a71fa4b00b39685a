// CSRF defence for cookie-authenticated writes: the browser's Origin must be this app.
import 'server-only';
import { appOrigin, env } from '@/lib/env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** The origin the request was addressed to, from its Host header (what the browser's Origin must equal). */
export function requestOrigin(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? url.host;
  const proto = req.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return `${proto}://${host}`;
}

/** True when the request came from one of our own pages (or carries no Origin/Referer at all: not a browser form). */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin') ?? refererOrigin(req.headers.get('referer'));
  if (!origin) return req.headers.get('sec-fetch-site') !== 'cross-site';
  if (origin === 'null') return false;
  return origin === appOrigin() || origin === requestOrigin(req);
}

function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

/** Origins allowed to call the ChatKit endpoints cross-origin (the official element runs in OpenAI's iframe). */
export function chatkitAllowedOrigins(): string[] {
  const configured = env().CHATKIT_ALLOWED_ORIGINS;
  return configured.length ? configured : ['https://cdn.platform.openai.com', appOrigin()];
}
