import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { config, proxy } from '@/proxy';
import { route } from '@/lib/http/route';
import { AppError } from '@/lib/errors';
import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info.js';
import { reloadEnv } from '@/lib/env';
import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from './security-headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts from self and the nonce only, and OpenAI’s CDN only while the element is enabled', () => {
    const off = contentSecurityPolicy({ nonce: 'abc', chatkitElement: false, https: false });
    expect(off).toContain("script-src 'self' 'nonce-abc'");
    expect(off).not.toContain('openai');
    expect(off).toContain("frame-src 'none'");
    expect(off).toContain("frame-ancestors 'none'");
    expect(off).toContain("object-src 'none'");
    expect(off).not.toContain('unsafe-eval');
    const on = contentSecurityPolicy({ nonce: 'abc', chatkitElement: true, https: false });
    expect(on).toMatch(/script-src 'self' 'nonce-abc' https:\/\/cdn\.platform\.openai\.com/);
    expect(on).toContain('frame-src https://cdn.platform.openai.com');
  });
  it('sends HSTS only over https', () => {
    expect(baseSecurityHeaders({ https: false })['Strict-Transport-Security']).toBeUndefined();
    expect(baseSecurityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(baseSecurityHeaders({ https: false })).toMatchObject({ 'X-Frame-Options': 'DENY', 'Cross-Origin-Opener-Policy': 'same-origin' });
  });
  it('mints a different 128-bit nonce each time', () => {
    const a = newNonce();
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});

describe('proxy', () => {
  const run = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers }));

  it('gives pages a nonce CSP, passed on to Next in the request headers', () => {
    process.env.CHAT_UI = 'builtin';
    process.env.NEXTAUTH_URL = '';
    reloadEnv();
    const res = run('http://127.0.0.1:3000/settings', { host: '127.0.0.1:3000' });
    const csp = res.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(res.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(res.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
  it('leaves API answers their own CSP but still forbids framing', () => {
    const res = run('http://127.0.0.1:3000/api/files/atc_x', { host: '127.0.0.1:3000' });
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
  it('answers invalid percent-encoding with 400 (JSON under /api)', async () => {
    const api = run('http://127.0.0.1:3000/api/diagrams/%E0%A4%A');
    expect(api.status).toBe(400);
    expect((await api.json()).error.code).toBe('badRequest');
    expect(run('http://127.0.0.1:3000/d/%zz').status).toBe(400);
  });
  it('sends HSTS when the public origin is https', () => {
    process.env.NEXTAUTH_URL = 'https://procmod.example';
    reloadEnv();
    expect(run('http://127.0.0.1:3000/settings').headers.get('strict-transport-security')).toMatch(/max-age/);
    process.env.NEXTAUTH_URL = '';
    reloadEnv();
  });
});

describe('the paths the proxy skips', () => {
  // Compiled the way `next build` compiles proxy.ts's matcher (the same function), so this is what Next runs.
  // Exported at run time, not in its .d.ts.
  const { getMiddlewareMatchers } = pageStaticInfo as unknown as { getMiddlewareMatchers(m: string[], nextConfig: object): { regexp: string }[] };
  const res = getMiddlewareMatchers(config.matcher, {}).map((m) => new RegExp(m.regexp));
  const matches = (pathname: string) => res.some((re) => re.test(pathname));

  it('are the ChatKit endpoint itself (exactly that path) and the uploads; its other routes and every page still pass', () => {
    expect(matches('/api/chatkit')).toBe(false);
    expect(matches('/api/chatkit/upload')).toBe(false);
    for (const p of ['/api/chatkit/', '/api/chatkitx', '/api/chatkit%zz', '/api/chatkit/attachments/atc_1/content', '/api/diagrams/d_1', '/', '/signin']) {
      expect(matches(p), p).toBe(true);
    }
  });

  it('still get the security headers: route() sets them on every answer, errors and CORS answers too', async () => {
    process.env.NEXTAUTH_URL = 'https://procmod.example';
    reloadEnv();
    const ok = route({ cors: 'chatkit' }, async () => Response.json({ ok: true }));
    const failing = route(async () => {
      throw new AppError('notFound', 'Thread not found');
    });
    const req = () => new Request('https://procmod.example/api/chatkit', { method: 'POST', headers: { origin: 'https://cdn.platform.openai.com' } });
    for (const res of [await ok(req(), { params: Promise.resolve({}) }), await failing(req(), { params: Promise.resolve({}) })]) {
      for (const [k, v] of Object.entries(baseSecurityHeaders({ https: true }))) expect(res.headers.get(k), k).toBe(v);
    }
    const answered = await ok(req(), { params: Promise.resolve({}) });
    expect(answered.headers.get('access-control-allow-origin')).toBe('https://cdn.platform.openai.com');
    process.env.NEXTAUTH_URL = 'http://127.0.0.1:3000';
    reloadEnv();
    const plain = await failing(new Request('http://127.0.0.1:3000/api/chatkit', { method: 'POST' }), { params: Promise.resolve({}) });
    expect(plain.status).toBe(404);
    expect(plain.headers.get('x-frame-options')).toBe('DENY');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    process.env.NEXTAUTH_URL = '';
    reloadEnv();
  });
});
