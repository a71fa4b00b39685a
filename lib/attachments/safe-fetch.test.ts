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

describe('checkUrl', () => {
  it('normalises every loopback spelling before checking', () => {
    for (const u of ['http://127.1/', 'http://2130706433/', 'http://0x7f000001/', 'http://0177.0.0.1/', 'http://[::ffff:127.0.0.1]/', 'http://[::1]/']) {
      expect(() => checkUrl(u), u).toThrow(expect.objectContaining({ code: 'blockedUrl' }));
    }
  });
  it('allows a public https URL', () => expect(checkUrl('https://example.com/a.pdf').hostname).toBe('example.com'));
});
