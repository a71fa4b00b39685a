import { describe, expect, it } from 'vitest';
import { screenshotFileName } from './screenshot';

describe('screenshotFileName', () => {
  it('is <diagram-name>-<yyyymmdd-hhmmss>.png in local time', () => {
    expect(screenshotFileName('Order handling', new Date(2026, 0, 5, 9, 3, 7))).toBe('Order-handling-20260105-090307.png');
  });

  it('keeps only file-system-safe characters and never comes out empty', () => {
    expect(screenshotFileName('Über / ../etc: "Prozess"?', new Date(2026, 10, 22, 23, 59, 1))).toBe('Uber-etc-Prozess-20261122-235901.png');
    expect(screenshotFileName('///', new Date(2026, 10, 22, 0, 0, 0))).toBe('diagram-20261122-000000.png');
  });
});
