// Which origin the app is reached at, and the CSRF defence for cookie-authenticated writes.
// With NEXTAUTH_URL set, that is the public origin. Without it, the app serves whatever address the request was
// sent to (127.0.0.1, a LAN name, a proxy): absolute URLs are then built from the request's own Host, and
// X-Forwarded-Host/-Proto count only when TRUST_PROXY says a proxy in front sets them (a client could forge them).
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { env } from '@/lib/env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** NEXTAUTH_URL without a trailing slash, or undefined when the operator configured no public origin. */
export function configuredOrigin(): string | undefined {
  const u = env().NEXTAUTH_URL;
  if (!u) return undefined;
  // Asked several times a request (proxy, route, CORS, signing); parsed again only when the setting changes.
  if (u !== parsedOrigin.url) parsedOrigin = { url: u, origin: new URL(u).origin };
  return parsedOrigin.origin;
}
let parsedOrigin = { url: '', origin: '' };

function firstValue(h: string | null): string | null {
  const v = h?.split(',')[0]?.trim();
  return v ? v : null;
}

/** The origin the request was addressed to: its Host (or, behind a trusted proxy, X-Forwarded-Host/-Proto). */
export function requestOrigin(req: Request): string {
  const url = new URL(req.url);
  const trust = env().TRUST_PROXY;
  const fwdHost = trust ? firstValue(req.headers.get('x-forwarded-host')) : null;
  const fwdProto = trust ? firstValue(req.headers.get('x-forwarded-proto')) : null;
  const host = fwdHost ?? req.headers.get('host') ?? url.host;
  const proto = fwdProto && /^https?$/i.test(fwdProto) ? fwdProto.toLowerCase() : url.protocol.replace(':', '');
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return url.origin; // a malformed Host header: fall back to what the server parsed
  }
}

/** The origin absolute URLs for this request must use: the configured public origin, else the request's own. */
export function publicOrigin(req: Request): string {
  return configuredOrigin() ?? requestOrigin(req);
}

const current = new AsyncLocalStorage<string>();

/**
 * Run a route handler with its public origin in scope, so code that mints absolute URLs deep down (signed
 * previews, upload URLs) needs no extra parameter. Streams read later must pass the origin explicitly.
 */
export function withRequestOrigin<T>(req: Request, fn: () => T): T {
  return current.run(publicOrigin(req), fn);
}

/**
 * The origin for absolute URLs: an explicit one, else the request in scope, else the configured one.
 * '' outside any request (a server page rendering): URLs are then relative, which the page resolves same-origin.
 */
export function originForUrls(explicit?: string): string {
  return explicit ?? current.getStore() ?? configuredOrigin() ?? '';
}

/** True when the request came from one of our own pages (or carries no Origin/Referer at all: not a browser form). */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin') ?? refererOrigin(req.headers.get('referer'));
  if (!origin) return req.headers.get('sec-fetch-site') !== 'cross-site';
  if (origin === 'null') return false;
  return origin === configuredOrigin() || origin === requestOrigin(req);
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
export function chatkitAllowedOrigins(req?: Request): string[] {
  const configured = env().CHATKIT_ALLOWED_ORIGINS;
  if (configured.length) return configured;
  return ['https://cdn.platform.openai.com', ...(req ? [publicOrigin(req)] : configuredOrigin() ? [configuredOrigin()!] : [])];
}
