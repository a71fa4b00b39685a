// Next 16 proxy (formerly middleware): runs before routing.
// 1. Refuses a path with invalid percent-encoding, which Next would otherwise answer with a bare 500 when it decodes
//    the route's parameters.
// 2. Before the next-auth routes: next-auth v4 builds sign-in callback and redirect URLs from NEXTAUTH_URL or,
//    failing that (with AUTH_TRUST_HOST), from X-Forwarded-Host/-Proto. We overwrite those two headers with this
//    request's public origin (lib/auth/origin.ts: the configured one, else the request's own address; a client's
//    forwarded headers count only with TRUST_PROXY), so sign-in works at whatever address the app is reached at.
// 3. Security headers (lib/http/security-headers.ts) on every answer, and on pages a CSP with a fresh nonce: Next
//    reads the nonce from the request's CSP header and puts it on its own inline scripts.
import { NextResponse, type NextRequest } from 'next/server';
import { publicOrigin } from '@/lib/auth/origin';
import { env } from '@/lib/env';
import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';

// Safe to trust: next-auth only ever sees the forwarded headers set below.
process.env.AUTH_TRUST_HOST ??= 'true';

/** True when every segment of the raw path decodes (valid %XX escapes forming valid UTF-8). */
export function pathDecodes(pathname: string): boolean {
  try {
    for (const seg of pathname.split('/')) decodeURIComponent(seg);
    return true;
  } catch {
    return false;
  }
}

export function proxy(req: NextRequest): NextResponse {
  const res = route(req);
  const https = publicOrigin(req).startsWith('https:');
  for (const [k, v] of Object.entries(baseSecurityHeaders({ https }))) res.headers.set(k, v);
  return res;
}

function route(req: NextRequest): NextResponse {
  const { pathname } = req.nextUrl;
  if (!pathDecodes(pathname)) {
    const message = 'The URL path has invalid percent-encoding (a % not followed by two hex digits of valid UTF-8).';
    if (pathname.startsWith('/api/')) {
      return NextResponse.json({ error: { code: 'badRequest', message } }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
    }
    return new NextResponse(message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (pathname.startsWith('/api/auth/')) {
    const origin = new URL(publicOrigin(req));
    const headers = new Headers(req.headers);
    headers.set('x-forwarded-host', origin.host);
    headers.set('x-forwarded-proto', origin.protocol.replace(':', ''));
    return NextResponse.next({ request: { headers } });
  }
  // API answers keep their own CSP (attachments are served with a sandbox policy); pages get the nonce'd one.
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const nonce = newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    chatkitElement: env().CHAT_UI !== 'builtin',
    https: publicOrigin(req).startsWith('https:'),
    dev: process.env.NODE_ENV === 'development',
  });
  const headers = new Headers(req.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

export const config = {
  // Not the upload routes: a proxy buffers request bodies (at most proxyClientMaxBodySize), and uploads must stream.
  // Their ids are checked by our route() wrapper instead. Not the ChatKit endpoint itself (exactly that path): every
  // chat request would pay for a buffered copy of its body and Next's request objects a second time, and it needs
  // nothing from here — a fixed path has no parameter to decode, and route() sets the security headers (eighth
  // round, docs/benchmarks.md). Not static assets either.
  matcher: [
    '/((?!_next/static|_next/image|favicon\\.ico|api/chatkit$|api/chatkit/upload|api/chatkit/attachments/[^/]+/upload|api/v1/conversation/[^/]+/attachment/upload).*)',
  ],
};
