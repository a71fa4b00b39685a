// Runs before the next-auth routes only. next-auth v4 builds sign-in callback and redirect URLs from NEXTAUTH_URL or,
// failing that (with AUTH_TRUST_HOST), from X-Forwarded-Host/-Proto. We overwrite those two headers with this
// request's public origin (lib/auth/origin.ts: the configured one, else the request's own address; a client's
// forwarded headers count only with TRUST_PROXY), so sign-in works at whatever address the app is reached at.
import { NextResponse, type NextRequest } from 'next/server';
import { publicOrigin } from '@/lib/auth/origin';

// Safe to trust: next-auth only ever sees the forwarded headers set below.
process.env.AUTH_TRUST_HOST ??= 'true';

export function proxy(req: NextRequest) {
  const origin = new URL(publicOrigin(req));
  const headers = new Headers(req.headers);
  headers.set('x-forwarded-host', origin.host);
  headers.set('x-forwarded-proto', origin.protocol.replace(':', ''));
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: '/api/auth/:path*' };
