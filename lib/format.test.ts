import { describe, expect, it } from 'vitest';
import { formatBytes, relativeTime } from './format';

describe('formatBytes', () => {
  it('uses bytes, KB, MB and GB with one decimal only where it says something', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024)).toBe('20 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(formatBytes(14.4 * 1024 * 1024)).toBe('14 MB');
    expect(formatBytes(1.25 * 1024 ** 3)).toBe('1.25 GB');
  });
});

describe('relativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('says just now, minutes, hours and days, past and future', () => {
    expect(relativeTime('2026-03-10T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-03-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-03-10T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2026-03-09T11:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-03-06T12:00:00Z', now)).toBe('4 days ago');
    expect(relativeTime('2026-03-10T12:10:00Z', now)).toBe('in 10 minutes');
  });
  it('reads a timestamp without a zone as UTC, and answers nothing for garbage', () => {
    expect(relativeTime('2026-03-10T11:55:00', now)).toBe('5 minutes ago');
    expect(relativeTime('not a date', now)).toBe('');
  });
  it('falls back to a date after a week', () => {
    expect(relativeTime('2026-01-01T00:00:00Z', now)).toMatch(/2026/);
  });
});
