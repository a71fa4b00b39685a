import { describe, expect, it } from 'vitest';
import { normalizeFilename, provisionalName } from './filename';
import { typeByMime } from './policy';

const png = typeByMime('image/png')!;
const pdf = typeByMime('application/pdf')!;

describe('normalizeFilename', () => {
  it('keeps a plain name with the right extension', () => expect(normalizeFilename('Quarterly Report.pdf', pdf)).toBe('Quarterly Report.pdf'));
  it('replaces a known but wrong extension with the sniffed one', () => expect(normalizeFilename('photo.jpg', png)).toBe('photo.png'));
  it('keeps an unknown extension visible and appends the real one', () => expect(normalizeFilename('a.jpg.php', png)).toBe('a.jpg.php.png'));
  it('composes NFD to NFC', () => expect(normalizeFilename('Cafe\u0301.pdf', pdf)).toBe('Caf\u00e9.pdf'));
  it('removes bidi overrides that disguise the extension', () => expect(normalizeFilename('\u202Egnp.exe', png)).toBe('gnp.exe.png'));
  it('drops leading dots of hidden files', () => expect(normalizeFilename('.hidden', pdf)).toBe('hidden.pdf'));
  it('names an empty stem after the kind', () => expect(normalizeFilename('.png', png)).toBe('image.png'));
  it('caps the name at 255 UTF-8 bytes without splitting a character', () => {
    const out = normalizeFilename(`${'é'.repeat(300)}.pdf`, pdf);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(255);
    expect(out.endsWith('é.pdf')).toBe(true);
  });
  it('keeps emoji', () => expect(normalizeFilename('🚀 plan.pdf', pdf)).toBe('🚀 plan.pdf'));
  it('refuses path parts and control characters', () => {
    for (const bad of ['../../etc/passwd', '..\\..\\win.ini', 'a/b.png', 'file\u0000name.png', 'a\u001b.png']) {
      expect(() => normalizeFilename(bad, png), bad).toThrow(expect.objectContaining({ code: 'badRequest' }));
    }
  });
});

describe('provisionalName (names at creation, before the type is known)', () => {
  it('strips bidi overrides and format characters, normalises to NFC and caps at 255 bytes', () => {
    expect(provisionalName('a\u202Egnp.exe')).toBe('agnp.exe');
    expect(provisionalName('\u2066report\u2069.pdf\u200B')).toBe('report.pdf');
    expect(provisionalName('Cafe\u0301.png')).toBe('Caf\u00e9.png');
    expect(Buffer.byteLength(provisionalName('é'.repeat(300)))).toBeLessThanOrEqual(255);
    expect(provisionalName('\u202E')).toBe('upload');
  });
  it('still refuses control characters and paths', () => {
    expect(() => provisionalName('a\u0000.png')).toThrow();
    expect(() => provisionalName('../x.png')).toThrow();
  });
});
