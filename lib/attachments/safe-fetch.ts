// SSRF-safe URL download. http/https only; every resolved address is checked at connect time inside a custom
// `lookup` (so a DNS answer that changes after a check can't reach a private address); IP literals are checked
// directly (Node skips lookup for them); redirects are followed by hand (≤3), each hop checked again; total time
// and decoded bytes are capped. ATTACHMENT_URL_ALLOWLIST (host, host:port or origin) lets tests reach loopback.
import { dispositionFilename } from '@/lib/http/disposition';
import 'server-only';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import ipaddr from 'ipaddr.js';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { tooLarge } from './policy';

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

const MAX_REDIRECTS = 3;
const BLOCKED_HOSTS = /^(localhost|.*\.localhost|.*\.internal|.*\.local|metadata|metadata\.google\.internal)\.?$/i;

export function blocked(message: string): AppError {
  return new AppError('blockedUrl', message);
}

/** True for any address other than ordinary public unicast (loopback, private, CGNAT, link-local, multicast…). */
export function isBlockedAddress(address: string): boolean {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(address);
  } catch {
    return true;
  }
  if (ip.kind() === 'ipv6') {
    const embedded = embeddedIPv4(ip as ipaddr.IPv6);
    if (embedded) return embedded.range() !== 'unicast' || isTranslationPrefix(ip as ipaddr.IPv6);
  }
  return ip.range() !== 'unicast';
}

/**
 * The IPv4 address inside an IPv6 one that routes to it: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible
 * (::a.b.c.d, deprecated but still accepted by some stacks), NAT64 (64:ff9b::/96, and the local-use
 * 64:ff9b:1::/48) and 6to4 (2002:AABB:CCDD::/48). ipaddr.js calls ::a.b.c.d plain unicast, hence this.
 */
function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = ip.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address();
  // ::/96 except :: and ::1 (ipaddr classifies those as unspecified and loopback already).
  if (p.slice(0, 6).every((x) => x === 0) && (p[6] !== 0 || p[7]! > 1)) return v4(p[6]!, p[7]!);
  if (p[0] === 0x64 && p[1] === 0xff9b && (p.slice(2, 6).every((x) => x === 0) || p[2] === 1)) return v4(p[6]!, p[7]!);
  if (p[0] === 0x2002) return v4(p[1]!, p[2]!);
  return null;
}

/** NAT64 and 6to4 are translation ranges: refused whole (a public IPv4 behind them is reachable as itself). */
function isTranslationPrefix(ip: ipaddr.IPv6): boolean {
  const p = ip.parts;
  return (p[0] === 0x64 && p[1] === 0xff9b) || p[0] === 0x2002;
}

function allowlisted(url: URL): boolean {
  const list = env().ATTACHMENT_URL_ALLOWLIST;
  return list.some((entry) => entry === url.host || entry === url.hostname || entry === url.origin);
}

/** Scheme, host name and IP-literal checks that need no DNS. */
export function checkUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = typeof raw === 'string' ? new URL(raw) : raw;
  } catch {
    throw new AppError('badRequest', 'The file URL is not a valid URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw blocked(`Only http and https URLs can be fetched, not ${url.protocol.replace(':', '')}.`);
  if (url.username || url.password) throw blocked('URLs with credentials are not fetched.');
  if (allowlisted(url)) return url;
  // WHATWG URL already turned 127.1 / 0x7f000001 / 2130706433 into 127.0.0.1; [::ffff:127.0.0.1] into [::ffff:7f00:1].
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) {
    if (isBlockedAddress(host)) throw blocked(`The address ${host} is private, local or reserved; only public addresses can be fetched.`);
  } else if (BLOCKED_HOSTS.test(host) || !host.includes('.')) {
    throw blocked(`The host ${host} is internal; only public addresses can be fetched.`);
  }
  return url;
}

/** A `lookup` for http(s).request that resolves with `resolver` and refuses if ANY answer is not public. */
function guardedLookup(resolver: Resolver, onBlocked: (addr: string) => void): net.LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, cb: (...args: unknown[]) => void) => {
    resolver(hostname).then(
      (addrs) => {
        if (!addrs.length) return cb(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
        const bad = addrs.find((a) => isBlockedAddress(a.address));
        if (bad) {
          onBlocked(bad.address);
          return cb(Object.assign(new Error(`blocked address ${bad.address}`), { code: 'EBLOCKED' }));
        }
        const family = options?.family === 4 || options?.family === 6 ? options.family : 0;
        const usable = family ? addrs.filter((a) => a.family === family) : addrs;
        if (options?.all) cb(null, usable);
        else cb(null, usable[0]!.address, usable[0]!.family);
      },
      (err: Error) => cb(err),
    );
  }) as net.LookupFunction;
}

export type FetchedFile = { url: URL; contentType: string; name: string | null; body: AsyncIterable<Uint8Array>; abort: () => void };

export type SafeFetchOptions = { maxBytes: number; timeoutMs?: number; resolver?: Resolver };

/** GET the URL safely. The returned body is decoded and capped (413 past maxBytes); call abort() when done early. */
export async function safeFetch(rawUrl: string, opts: SafeFetchOptions): Promise<FetchedFile> {
  const resolver = opts.resolver ?? systemResolver;
  const deadline = Date.now() + (opts.timeoutMs ?? env().URL_FETCH_TIMEOUT_MS);
  let url = checkUrl(rawUrl);
  for (let hop = 0; ; hop++) {
    const isAllowed = allowlisted(url);
    if (!isAllowed && !net.isIP(url.hostname.replace(/^\[|\]$/g, ''))) {
      // An early, friendly answer; the connect-time lookup below is what actually enforces it.
      const addrs = await resolver(url.hostname).catch(() => {
        throw new AppError('invalidFile', `The host ${url.hostname} could not be found.`);
      });
      const bad = addrs.find((a) => isBlockedAddress(a.address));
      if (bad) throw blocked(`${url.hostname} resolves to ${bad.address}, a private, local or reserved address.`);
    }
    const res = await request(url, deadline, isAllowed ? undefined : resolver);
    const status = res.statusCode ?? 0;
    if ([301, 302, 303, 307, 308].includes(status)) {
      res.resume();
      const location = res.headers.location;
      if (!location) throw new AppError('invalidFile', `The URL answered ${status} without a Location.`);
      if (hop >= MAX_REDIRECTS) throw new AppError('invalidFile', `The URL redirected more than ${MAX_REDIRECTS} times.`);
      url = checkUrl(new URL(location, url));
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      throw new AppError('invalidFile', `The URL answered HTTP ${status}, not a file.`);
    }
    const declared = Number(res.headers['content-length'] ?? NaN);
    const encoding = String(res.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding === 'identity' && Number.isFinite(declared) && declared > opts.maxBytes) {
      res.destroy();
      throw tooLarge(declared, opts.maxBytes, 'The file at this URL');
    }
    const decoded = decode(res, encoding);
    const timer = setTimeout(() => decoded.destroy(new AppError('invalidFile', 'Downloading the URL took too long.')), Math.max(0, deadline - Date.now()));
    return {
      url,
      contentType: String(res.headers['content-type'] ?? ''),
      name: nameFrom(res.headers['content-disposition'], url),
      body: capped(decoded, opts.maxBytes, () => clearTimeout(timer)),
      abort: () => {
        clearTimeout(timer);
        res.destroy();
        decoded.destroy();
      },
    };
  }
}

function request(url: URL, deadline: number, resolver: Resolver | undefined): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    let blockedAddr: string | null = null;
    const lookup = resolver ? guardedLookup(resolver, (a) => (blockedAddr = a)) : undefined;
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(url, {
      method: 'GET',
      agent: false,
      lookup,
      headers: { 'user-agent': 'Procmod attachment fetcher', accept: '*/*', 'accept-encoding': 'gzip, deflate, br' },
      timeout: Math.max(1, deadline - Date.now()),
    });
    const timer = setTimeout(() => req.destroy(new AppError('invalidFile', 'The URL took too long to answer.')), Math.max(0, deadline - Date.now()));
    req.on('response', (res) => {
      clearTimeout(timer);
      resolve(res);
    });
    req.on('timeout', () => req.destroy(new AppError('invalidFile', 'The URL took too long to answer.')));
    req.on('error', (err) => {
      clearTimeout(timer);
      if (blockedAddr) return reject(blocked(`${url.hostname} resolves to ${blockedAddr}, a private, local or reserved address.`));
      if (err instanceof AppError) return reject(err);
      reject(new AppError('invalidFile', `The URL could not be fetched (${(err as NodeJS.ErrnoException).code ?? err.message}).`));
    });
    req.end();
  });
}

function decode(res: http.IncomingMessage, encoding: string): Readable {
  switch (encoding) {
    case 'identity':
      return res;
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      res.destroy();
      throw new AppError('invalidFile', `The URL used an unsupported Content-Encoding (${encoding}).`);
  }
}

/** Count decoded bytes and stop at maxBytes + 1 (a gzip bomb never inflates further than that). */
async function* capped(stream: Readable, maxBytes: number, done: () => void): AsyncIterable<Uint8Array> {
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooLarge(null, maxBytes, 'The file at this URL');
      yield chunk as Buffer;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('invalidFile', 'The download from the URL broke off.');
  } finally {
    done();
    stream.destroy();
  }
}

function nameFrom(cd: string | undefined, url: URL): string | null {
  let raw = dispositionFilename(cd, false);
  if (raw === null) {
    raw = url.pathname.split('/').filter(Boolean).pop() ?? null;
    try {
      raw = raw ? decodeURIComponent(raw) : null;
    } catch {
      /* keep it as is */
    }
  }
  // A name from someone else's server is only a hint: drop anything that would be refused in a user's own name.
  // eslint-disable-next-line no-control-regex
  return raw ? raw.replace(/[\\/\u0000-\u001f\u007f]/g, '_').replace(/^\.\.$/, '_') : null;
}
