// Next 16 proxy (formerly middleware): runs before routing. Refuses a path with invalid percent-encoding, which
// Next would otherwise answer with a bare 500 when it decodes the route's parameters.
import { NextResponse, type NextRequest } from 'next/server';

/** True when every segment of the raw path decodes (valid %XX escapes forming valid UTF-8). */
export function pathDecodes(pathname: string): boolean {
  try {
    for (const seg of pathname.split('/')) decodeURIComponent(seg);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (!pathDecodes(pathname)) {
    const message = 'The URL path has invalid percent-encoding (a % not followed by two hex digits of valid UTF-8).';
    if (pathname.startsWith('/api/')) {
      return NextResponse.json({ error: { code: 'badRequest', message } }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
    }
    return new NextResponse(message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

export const config = {
  // Not the upload routes: a proxy buffers request bodies (at most proxyClientMaxBodySize), and uploads must stream.
  // Their ids are decoded by our route() wrapper instead. Not static assets either.
  matcher: [
    '/((?!_next/static|_next/image|favicon\\.ico|api/chatkit/upload|api/chatkit/attachments/[^/]+/upload|api/v1/conversation/[^/]+/attachment/upload).*)',
  ],
};
