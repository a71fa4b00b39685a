import { describe, expect, it } from 'vitest';
import { deArticled, typeName } from './analyst-lexicon';

describe('German type labels with an article', () => {
  const ebg = typeName('de', 'event based gateway'), manual = typeName('de', 'manual task'), sub = typeName('de', 'sub-process');

  it('declines the adjective weakly after der/das/dieses and mixed after ein/kein', () => {
    expect(deArticled(ebg, 'der')).toBe('das ereignisbasierte Gateway');
    expect(deArticled(ebg, 'dieser')).toBe('dieses ereignisbasierte Gateway');
    expect(deArticled(ebg, 'ein')).toBe('ein ereignisbasiertes Gateway');
    expect(deArticled(ebg, 'kein')).toBe('kein ereignisbasiertes Gateway');
  });

  it('takes the article from the noun’s gender', () => {
    expect(deArticled(manual, 'der')).toBe('die manuelle Aufgabe');
    expect(deArticled(manual, 'ein')).toBe('eine manuelle Aufgabe');
    expect(deArticled(manual, 'kein')).toBe('keine manuelle Aufgabe');
    expect(deArticled(manual, 'dieser')).toBe('diese manuelle Aufgabe');
    expect(deArticled(sub, 'der')).toBe('der Teilprozess');
    expect(deArticled(sub, 'ein')).toBe('ein Teilprozess');
    expect(deArticled(typeName('de', 'intermediate catch event'), 'dieser')).toBe('dieses eintretende Zwischenereignis');
  });

  it('declines plurals: -en after die/diese/keine, -e without an article', () => {
    expect(deArticled('parallele Gateways', 'der', true)).toBe('die parallelen Gateways');
    expect(deArticled('parallele Gateways', 'kein', true)).toBe('keine parallelen Gateways');
    expect(deArticled('parallele Gateways', 'ein', true)).toBe('parallele Gateways');
  });
});
