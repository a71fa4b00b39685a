// Chat and admin Markdown: what reaches the browser as HTML (server-rendered here, the same components).
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown as ChatMarkdown } from './markdown';
import { Markdown as AdminMarkdown } from '@/components/admin/markdown';
import { linkCitations } from './citations';
import { escapeMarkdown } from '@/lib/markdown';
import type { Annotation } from '@/lib/chatkit/types';

const chat = (text: string, annotations: Annotation[] = []) => renderToStaticMarkup(createElement(ChatMarkdown, { text, annotations }));
const admin = (text: string) => renderToStaticMarkup(createElement(AdminMarkdown, { text }));
const evilName = '![x](http://host/pixel)';
/** GFM may show a bare address inside a name as a plain link to itself; that is text, not markup from the name. */
const unlinked = (html: string) => html.replace(/<a href="(https?:\/\/[^"]+)" target="_blank" rel="noopener noreferrer nofollow">\1<\/a>/g, '$1');

describe.each([['chat', chat], ['admin', admin]] as const)('%s Markdown', (_name, render) => {
  it('never turns a remote image into an <img>, raw or through an element name', () => {
    for (const text of [evilName, `Task **${evilName}** is late`, `**${escapeMarkdown(evilName)}** (\`Task_1\`)`, '<img src="http://host/pixel">', '![a][r]\n\n[r]: https://host/p.png']) {
      const html = render(text);
      expect(html, text).not.toMatch(/<img/);
    }
  });

  it('shows data-URL images and our own signed relative paths', () => {
    expect(render('![shot](data:image/png;base64,iVBORw0KGgo=)')).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
    expect(render('![s](/api/files/atc_1?exp=1&sig=abc)')).toContain('<img src="/api/files/atc_1?exp=1&amp;sig=abc"');
  });

  it('shows an escaped name as the literal text it is', () => {
    expect(unlinked(render(`**${escapeMarkdown(evilName)}**`))).toContain(`<strong>${evilName}</strong>`);
  });
});

describe('citations in chat Markdown', () => {
  const source = (id: string, title: string): Annotation => ({
    type: 'annotation', index: 0,
    source: { type: 'entity', id, title, interactive: true, data: { kind: 'bpmn_element', element_id: id, revision_id: 'rev_1' } },
  });

  it('renders each cited element as a button carrying its id; other code and bold text stay as they are', () => {
    const html = chat('Then **Check order** (`Task_Check`) and `Task_B`, not `npm test` or **Other**.', [source('Task_Check', 'Check order'), source('Task_B', 'Ship')]);
    expect(html).toContain('<button type="button" class="chat-cite" data-testid="citation" data-element-id="Task_Check" title="Show Check order in the diagram"><strong>Check order</strong></button>');
    expect(html).toContain('data-element-id="Task_B" title="Show Ship in the diagram"><code>Task_B</code></button>');
    expect(html).toContain('<code>npm test</code>');
    expect(html).toContain('<strong>Other</strong>');
    expect(html.match(/data-testid="citation"/g)).toHaveLength(2);
  });

  it('leaves fenced code alone and links bold names of cited elements', () => {
    const text = '```\n`Task_B`\n```\n**Ship** next';
    expect(linkCitations(text, [source('Task_B', 'Ship').source as never])).toBe('```\n`Task_B`\n```\n[**Ship**](#cite-Task_B) next');
  });

  const unnamed = (id: string, type: string): Annotation => ({
    type: 'annotation', index: 0,
    source: { type: 'entity', id, title: `${type} (${id})`, interactive: true, data: { kind: 'bpmn_element', element_id: id, unnamed: 'true' } },
  });

  it('reads an unnamed element as its type and id, still a button, unless the text names the type already', () => {
    const cites = [unnamed('Gateway_1', 'Exclusive gateway')].map((a) => a.source as never);
    expect(linkCitations('Then `Gateway_1` decides.', cites)).toBe('Then [Exclusive gateway (`Gateway_1`)](#cite-Gateway_1) decides.');
    expect(linkCitations('Then the gateway `Gateway_1` decides.', cites)).toBe('Then the gateway [`Gateway_1`](#cite-Gateway_1) decides.');
    const html = chat('Then `Gateway_1` decides.', [unnamed('Gateway_1', 'Exclusive gateway')]);
    expect(html).toContain('data-element-id="Gateway_1" title="Show Exclusive gateway (Gateway_1) in the diagram">Exclusive gateway (<code>Gateway_1</code>)</button>');
  });

  it('links ids written without backticks, but not inside code, URLs or other words', () => {
    const cites = [unnamed('Gateway_1', 'Exclusive gateway'), source('Task_B', 'Ship')].map((a) => a.source as never);
    expect(linkCitations('Gateway_1 splits; Task_B ships.', cites)).toBe('[Exclusive gateway (`Gateway_1`)](#cite-Gateway_1) splits; [`Task_B`](#cite-Task_B) ships.');
    expect(linkCitations('See [docs](https://x.example/Task_B) and `a Task_B`, My_Task_B or Task_Bx.', cites)).toBe('See [docs](https://x.example/Task_B) and `a Task_B`, My_Task_B or Task_Bx.');
  });
});

describe('element names from a diagram', () => {
  it('stay text when an answer cites them, in the chat and in the admin view', async () => {
    const { analyseBpmn, cite } = await import('@/lib/bpmn');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
  <bpmn:process id="P"><bpmn:task id="Task_Evil" name="${evilName}" /><bpmn:task id="Task_Link" name="[click](https://evil.example) &lt;b&gt;x&lt;/b&gt;" /></bpmn:process>
</bpmn:definitions>`;
    const { model } = await analyseBpmn(xml);
    const answer = `Look at ${cite(model, 'Task_Evil')} and ${cite(model, 'Task_Link')}.`;
    for (const raw of [chat(answer), admin(answer)]) {
      const html = unlinked(raw);
      expect(html).not.toMatch(/<img|<a |<b>/);
      expect(html).toContain(`<strong>${evilName}</strong>`);
      expect(html).toContain('<strong>[click](https://evil.example) &lt;b&gt;x&lt;/b&gt;</strong>');
    }
  });
});
