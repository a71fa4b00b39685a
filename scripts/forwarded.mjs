// Which X-Forwarded-* headers the app may believe. `next start` keeps an X-Forwarded-For the client sent itself
// (it only fills a missing one from the socket), so a client could pick its own address, e.g. its sign-in and
// sign-up throttle bucket. The server in front of Next (scripts/serve.mjs, and the test server) applies this first.

/** TRUST_PROXY as lib/env.ts reads it. */
export const trustProxy = (value = process.env.TRUST_PROXY) => ['true', '1', 'yes'].includes(String(value ?? '').trim());

const FORWARDING = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

/**
 * Without a trusted proxy every forwarding header the client sent is dropped and X-Forwarded-For is the socket's
 * address. With one, its headers stand: it appends the address it saw, which is the last X-Forwarded-For entry.
 * `headers` is a Node request's header object (lower-case names), changed in place.
 */
export function applyForwarding(headers, remoteAddress, trusted) {
  if (!trusted) for (const name of FORWARDING) delete headers[name];
  if (!headers['x-forwarded-for'] && remoteAddress) headers['x-forwarded-for'] = remoteAddress;
}
