// A real HTTP server (node:http on 127.0.0.1) that serves the app's own route handlers from app/api/**/route.ts,
// in-process, so tests can drive the HTTP API and inspect the same database directly.
// Pages are not served here; browser tests run against `next start` (e2e/playwright.config.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { env, reloadEnv } from '@/lib/env';
import { applyForwarding } from '../../scripts/forwarded.mjs';
import type { HandleDeps } from '@/lib/chatkit/server';
import { chatkitEndpoint } from '@/lib/http/chatkit-endpoint';
import { config as proxyConfig, proxy } from '@/proxy';

const proxyMatchers = proxyConfig.matcher.map((m) => new RegExp(`^${m}$`));
const proxyMatches = (pathname: string) => proxyMatchers.some((re) => re.test(pathname));

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type RouteDef = { pattern: RegExp; keys: { name: string; catchAll: boolean }[]; file: string; module?: Record<string, unknown> };

const appDir = path.resolve(import.meta.dirname, '..', '..', 'app');

function discoverRoutes(): RouteDef[] {
  const out: RouteDef[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name === 'route.ts') out.push(toRoute(p));
    }
  };
  walk(path.join(appDir, 'api'));
  // Static segments win over dynamic ones, and catch-alls come last, as in Next.
  const catchAlls = (r: RouteDef) => r.keys.filter((k) => k.catchAll).length;
  return out.sort(
    (a, b) => catchAlls(a) - catchAlls(b) || a.keys.length - b.keys.length || b.pattern.source.length - a.pattern.source.length,
  );
}

function toRoute(file: string): RouteDef {
  const rel = path.relative(appDir, path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
  const keys: RouteDef['keys'] = [];
  const parts = rel.map((seg) => {
    const catchAll = /^\[\.\.\.(.+)\]$/.exec(seg);
    if (catchAll) {
      keys.push({ name: catchAll[1]!, catchAll: true });
      return '(.+)';
    }
    const dyn = /^\[(.+)\]$/.exec(seg);
    if (dyn) {
      keys.push({ name: dyn[1]!, catchAll: false });
      return '([^/]+)';
    }
    return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return { pattern: new RegExp(`^/${parts.join('/')}/?$`), keys, file };
}

export type AppServer = { url: string; close: () => Promise<void> };

/** Start the server on a free port; NEXTAUTH_URL points at it so absolute URLs (signed links) resolve here. */
export type AppServerOptions = {
  /** Dependencies for each /api/chatkit request (e.g. a plain or failing responder), instead of the production ones. */
  chatkit?: () => HandleDeps;
};

export async function startAppServer(opts: AppServerOptions = {}): Promise<AppServer> {
  const routes = discoverRoutes();
  if (opts.chatkit) {
    const chatkit = routes.find((r) => r.pattern.test('/api/chatkit'))!;
    chatkit.module = chatkitEndpoint(opts.chatkit);
  }
  const server = http.createServer(async (req, res) => {
    // As scripts/serve.mjs does in production: X-Forwarded-* only from a trusted proxy.
    applyForwarding(req.headers, req.socket.remoteAddress, env().TRUST_PROXY);
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    // The root proxy.ts runs first, as in Next (for the paths its matcher selects).
    if (proxyMatches(url.pathname)) {
      const early = proxy(new NextRequest(url, { method: req.method, headers: req.headers as Record<string, string> }));
      if (!early.headers.has('x-middleware-next')) {
        const h: Record<string, string> = {};
        early.headers.forEach((v, k) => (h[k] = v));
        res.writeHead(early.status, h).end(Buffer.from(await early.arrayBuffer()));
        return;
      }
    }
    const match = routes.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).find((x) => x.m);
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'notFound', message: 'No such route' } }));
      return;
    }
    const { r, m } = match;
    r.module ??= (await import(r.file)) as Record<string, unknown>;
    const method = (req.method ?? 'GET').toUpperCase();
    const handler = (r.module[method] ?? (method === 'HEAD' ? r.module.GET : undefined)) as Handler | undefined;
    if (!handler) {
      res.writeHead(405, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'badRequest', message: `${method} is not allowed here` } }));
      return;
    }
    const params: Record<string, string | string[]> = {};
    r.keys.forEach((k, i) => {
      // Undecodable: passed raw, and route()'s URL guard answers 400.
      let v = m![i + 1]!;
      try {
        v = decodeURIComponent(v);
      } catch {}
      params[k.name] = k.catchAll ? v.split('/') : v;
    });
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) {
      if (Array.isArray(v)) v.forEach((x) => headers.append(k, x));
      else if (v !== undefined) headers.set(k, v);
    }
    const hasBody = !['GET', 'HEAD'].includes(method);
    const request = new Request(url, {
      method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      // @ts-expect-error Node's fetch needs duplex for streamed request bodies
      duplex: 'half',
      signal: abort.signal,
    });
    let response: Response;
    try {
      response = await handler(request, { params: Promise.resolve(params) });
    } catch (err) {
      // Next would answer a bare 500 here; tests must see it as the defect it is.
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`UNHANDLED: ${(err as Error).stack}`);
      return;
    }
    const outHeaders: Record<string, string | string[]> = {};
    response.headers.forEach((v, k) => {
      if (k === 'set-cookie') return;
      outHeaders[k] = v;
    });
    const cookies = response.headers.getSetCookie?.() ?? [];
    if (cookies.length) outHeaders['set-cookie'] = cookies;
    res.writeHead(response.status, outHeaders);
    if (!response.body || method === 'HEAD') {
      res.end();
      return;
    }
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!res.write(value)) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  process.env.NEXTAUTH_URL = url;
  reloadEnv();
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
