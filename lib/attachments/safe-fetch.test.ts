import { describe, expect, it } from 'vitest';
import { checkUrl, isBlockedAddress } from './safe-fetch';

describe('isBlockedAddress', () => {
  it('blocks every non-public range, IPv4 and IPv6', () => {
    const blocked = ['127.0.0.1', '127.255.255.254', '10.1.2.3', '172.16.0.1', '172.31.0.1', '192.168.1.1', '100.64.0.1', '100.127.255.254', '169.254.169.254', '0.0.0.0', '224.0.0.1', '239.255.255.250', '255.255.255.255', '::1', '::', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'fc00::1', 'fd00::1', 'fe80::1', 'ff02::1', '64:ff9b::7f00:1', '2002:7f00:1::', 'not-an-ip'];
    for (const a of blocked) expect(isBlockedAddress(a), a).toBe(true);
  });
  it('allows public unicast', () => {
    for (const a of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:2800:220:1:248:1893:25c8:1946']) expect(isBlockedAddress(a), a).toBe(false);
  });
});

describe('isBlockedAddress: IPv4 inside IPv6', () => {
  const privateV4 = ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1'];
  const hex = (v4: string) => {
    const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
    return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
  };
  it('blocks the IPv4-compatible (::a.b.c.d), IPv4-mapped, NAT64 and 6to4 forms of every private address', () => {
    for (const v4 of privateV4) {
      const [hi, lo] = hex(v4);
      const forms = [`::${v4}`, `::${hi}:${lo}`, `::ffff:${v4}`, `::ffff:${hi}:${lo}`, `64:ff9b::${v4}`, `64:ff9b::${hi}:${lo}`, `64:ff9b:1::${hi}:${lo}`, `2002:${hi}:${lo}::1`, `2002:${hi}:${lo}:ffff::`];
      for (const f of forms) expect(isBlockedAddress(f), `${f} (${v4})`).toBe(true);
    }
  });
  it('still allows the IPv4-compatible form of a public address, and ordinary public IPv6', () => {
    expect(isBlockedAddress('::8.8.8.8')).toBe(false);
    expect(isBlockedAddress('::ffff:8.8.8.8')).toBe(false);
    expect(isBlockedAddress('2001:4860:4860::8888')).toBe(false);
  });
  it('refuses the NAT64 and 6to4 translation ranges whole', () => {
    expect(isBlockedAddress('64:ff9b::808:808')).toBe(true);
    expect(isBlockedAddress('2002:808:808::1')).toBe(true);
  });
  it('checkUrl refuses the bracketed spellings', () => {
    for (const u of ['http://[::127.0.0.1]/', 'http://[::7f00:1]/', 'http://[::a9fe:a9fe]/', 'http://[64:ff9b::10.0.0.1]/', 'http://[2002:c0a8:1::]/']) {
      expect(() => checkUrl(u), u).toThrow(expect.objectContaining({ code: 'blockedUrl' }));
    }
  });
});

describe('checkUrl', () => {
  it('normalises every loopback spelling before checking', () => {
    for (const u of ['http://127.1/', 'http://2130706433/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://[::ffff:127.0.0.1]/', 'http://[::1]/']) {
      expect(() => checkUrl(u), u).toThrow(expect.objectContaining({ code: 'blockedUrl' }));
    }
  });
  it('allows a public https URL', () => expect(checkUrl('https://example.com/a.pdf').hostname).toBe('example.com'));
});
