import { describe, expect, it } from 'vitest';
import { diagramThumbnail } from '@/lib/diagrams/thumbnail';
import { starterXml } from '@/lib/diagrams/starter';
import { assertStorableBpmn } from '@/lib/diagrams/xml';

describe('diagramThumbnail', () => {
  it('draws events as circles, tasks as rounded rectangles and flows as polylines', () => {
    const svg = diagramThumbnail(starterXml())!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="162 100 356 120"/);
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg.match(/<rect[^>]*rx="8"/g)).toHaveLength(1);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
  });

  it('carries nothing from the XML but numbers: names, scripts and references never reach the SVG', () => {
    const hostile = starterXml()
      .replace('name="Handle request"', 'name="&lt;script&gt;alert(1)&lt;/script&gt;"')
      .replace(/bpmnElement="(Activity_[^"]+)"/, 'bpmnElement="$1" onload="alert(1)" xlink:href="http://evil.example/x"')
      .replace('x="290"', 'x="290&quot; onmouseover=&quot;x"');
    const svg = diagramThumbnail(hostile)!;
    expect(svg).not.toMatch(/script|alert|onload|onmouseover|href|evil|url\(|<text|<image|<foreignObject/i);
    expect(svg).toContain('<circle');
  });

  it('returns null when there is no diagram interchange to draw', () => {
    expect(diagramThumbnail('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="P"/></bpmn:definitions>')).toBeNull();
  });
});

describe('assertStorableBpmn', () => {
  it('accepts the starter diagram and refuses DOCTYPEs and non-BPMN XML', () => {
    expect(() => assertStorableBpmn(starterXml())).not.toThrow();
    expect(() => assertStorableBpmn('<!DOCTYPE x><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>')).toThrow(/DOCTYPE/);
    expect(() => assertStorableBpmn('<svg xmlns="http://www.w3.org/2000/svg"/>')).toThrow(/not a BPMN 2.0 diagram/);
  });
});
