import { describe, expect, it } from 'vitest';
import { applyForwarding, trustProxy } from './forwarded.mjs';

describe('forwarding headers', () => {
  const sent = () => ({
    host: 'app.example',
    'x-forwarded-for': '6.6.6.6',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
    'x-real-ip': '6.6.6.6',
    forwarded: 'for=6.6.6.6',
  });

  it('without a trusted proxy: drops what the client sent and names the socket address', () => {
    const h: Record<string, string> = sent();
    applyForwarding(h, '203.0.113.5', false);
    expect(h).toEqual({ host: 'app.example', 'x-forwarded-for': '203.0.113.5' });
  });

  it('behind a trusted proxy: keeps its headers, and fills X-Forwarded-For only when it sent none', () => {
    const h: Record<string, string> = sent();
    applyForwarding(h, '10.0.0.2', true);
    expect(h).toEqual(sent());
    const bare: Record<string, string> = { host: 'app.example' };
    applyForwarding(bare, '10.0.0.2', true);
    expect(bare['x-forwarded-for']).toBe('10.0.0.2');
  });

  it('reads TRUST_PROXY as lib/env.ts does', () => {
    expect(['true', '1', 'yes', ' true '].map((v) => trustProxy(v))).toEqual([true, true, true, true]);
    expect(['false', '0', 'no', '', undefined].map((v) => trustProxy(v))).toEqual([false, false, false, false, false]);
  });
});
