import { describe, expect, it } from 'vitest';
import { contentDisposition, dispositionFilename } from './disposition';

describe('Content-Disposition', () => {
  it('builds a header with an ASCII fallback and the UTF-8 name, and reads it back', () => {
    const h = contentDisposition('Bericht über "Q1".pdf');
    expect(h).toMatch(/^attachment; filename="Bericht \?ber \\"Q1\\".pdf"; filename\*=UTF-8''/);
    expect(dispositionFilename(h)).toBe('Bericht über "Q1".pdf');
    expect(contentDisposition('a.png', 'inline')).toBe('inline; filename=a.png');
  });

  it('prefers filename* and unescapes quoted names', () => {
    expect(dispositionFilename(`attachment; filename="old.txt"; filename*=UTF-8''R%C3%A9sum%C3%A9.txt`)).toBe('Résumé.txt');
    expect(dispositionFilename('attachment; filename="..\\\\..\\\\win.ini"')).toBe('..\\..\\win.ini');
    expect(dispositionFilename('attachment')).toBeNull();
    expect(dispositionFilename(null)).toBeNull();
  });

  it('refuses bad percent-encoding from a client, ignores it from a remote server, and finds no name in a broken parameter', () => {
    expect(() => dispositionFilename(`attachment; filename*=UTF-8''%ZZ.txt`)).toThrow(/percent-encoding/);
    expect(dispositionFilename(`attachment; filename*=UTF-8''%ZZ.txt`, false)).toBeNull();
    expect(dispositionFilename('attachment; filename="unterminated')).toBeNull();
  });
});
