import { describe, expect, it } from 'vitest';
import { escapeMarkdown, isAllowedImageSrc, strongName, unescapeMarkdown } from './markdown';

const origin = 'https://procmod.example';

describe('escapeMarkdown', () => {
  it('turns every inline construct in a name into literal text', () => {
    const evil = '![x](http://host/pixel) *a* _b_ `c` <img src=x> [l](u) |t| ~~s~~';
    const esc = escapeMarkdown(evil);
    expect(esc).toBe('\\!\\[x\\](http://host/pixel) \\*a\\* \\_b\\_ \\`c\\` \\<img src=x\\> \\[l\\](u) \\|t\\| \\~\\~s\\~\\~');
    expect(unescapeMarkdown(esc)).toBe(evil);
  });

  it('keeps ordinary names readable, umlauts and kanji intact, and collapses line breaks', () => {
    expect(escapeMarkdown('Prüfung (Stufe 2). 注文を確認')).toBe('Prüfung (Stufe 2). 注文を確認');
    expect(escapeMarkdown('a\n# b')).toBe('a # b');
    expect(strongName('Check *order*')).toBe('**Check \\*order\\***');
    expect(strongName('  ')).toBe('');
  });
});

describe('isAllowedImageSrc', () => {
  it('allows raster data URLs and our own signed file URLs', () => {
    expect(isAllowedImageSrc('data:image/png;base64,iVBORw0KGgo=', origin)).toBe(true);
    expect(isAllowedImageSrc(`${origin}/api/files/atc_123?variant=thumb&exp=1&sig=abc`, origin)).toBe(true);
    expect(isAllowedImageSrc('/api/files/atc_123?exp=1&sig=abc', origin)).toBe(true);
  });

  it('refuses other hosts, unsigned or other paths of ours, SVG data URLs and junk', () => {
    for (const src of [
      'http://host/pixel',
      'https://evil.example/api/files/atc_1?sig=abc',
      '//evil.example/api/files/atc_1?sig=abc',
      `${origin}/api/files/atc_1`,
      `${origin}/api/diagrams/x?sig=1`,
      `${origin}/api/files/atc_1/../../logout?sig=1`,
      'data:image/svg+xml;base64,PHN2Zz4=',
      'javascript:alert(1)',
      '',
      null,
    ]) expect(isAllowedImageSrc(src, origin), String(src)).toBe(false);
  });
});
