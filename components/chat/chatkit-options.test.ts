import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ChatKitOptions, CustomApiConfig } from '@openai/chatkit';
import { defaultChatUiConfig } from './chat-config';
import { buildChatKitOptions, createTokenSource, makeChatKitFetch } from './chatkit-options';

const cfg = { ...defaultChatUiConfig, mode: 'chatkit' as const, domainKey: 'domain_pk_test', imageMaxBytes: 10 * 1024 * 1024 };

/** Drops functions so the snapshot holds only data. */
function dataOnly(v: unknown): unknown {
  if (typeof v === 'function') return '[function]';
  if (Array.isArray(v)) return v.map(dataOnly);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, dataOnly(x)]));
  return v;
}

describe('ChatKit element entities (element mode citations and @-mentions)', () => {
  it('searches the open diagram\'s elements for tags and selects the element a clicked entity carries', async () => {
    const selected: string[] = [];
    const list = () => [{ id: 'Task_Check', name: 'Check order', type: 'UserTask' }, { id: 'Task_Ship', name: 'Ship goods', type: 'Task' }];
    const o = buildChatKitOptions(cfg, { origin: 'https://app.example', fetch: async () => new Response('{}'), diagramName: 'x', elements: { list, select: (id) => (selected.push(id), true) } });
    const found = await o.entities!.onTagSearch!('ship');
    expect(found).toEqual([{ id: 'Task_Ship', title: 'Ship goods', group: 'task', interactive: true, data: { kind: 'bpmn_element', element_id: 'Task_Ship', element_type: 'Task' } }]);
    o.entities!.onClick!(found[0]!);
    // A citation annotation's entity (from the server) carries the id in its data the same way.
    o.entities!.onClick!({ id: 'Task_Check', title: 'Check order', data: { kind: 'bpmn_element', element_id: 'Task_Check', revision_id: 'rev_1' } });
    o.entities!.onClick!({ id: 'person_1', title: 'Anna' });
    expect(selected).toEqual(['Task_Ship', 'Task_Check']);
    expect(o.entities!.showComposerMenu).toBe(true);
  });

  it('opens the revision a citation was made in when the element is gone from the diagram', () => {
    const opened: string[] = [];
    const o = buildChatKitOptions(cfg, { origin: 'https://app.example', fetch: async () => new Response('{}'), diagramName: 'x', elements: { list: () => [], select: () => false, open: (href) => opened.push(href) } });
    o.entities!.onClick!({ id: 'Task_Log', title: 'Log request', data: { kind: 'bpmn_element', element_id: 'Task_Log', revision_id: 'rev_1', diagram_id: 'dgm_1' } });
    o.entities!.onClick!({ id: 'person_1', title: 'Anna' });
    expect(opened).toEqual(['/d/dgm_1/revisions/rev_1?compare=current&element=Task_Log']);
  });
});

describe('ChatKit element options', () => {
  const fakeFetch: typeof fetch = async () => new Response('{}');
  const options = buildChatKitOptions(cfg, { origin: 'https://app.example', fetch: fakeFetch, diagramName: 'Order to cash' });

  it('has the shape the @openai/chatkit types require', () => {
    // Compile-time: assignable to the exported type (tsc checks this file), and api is the custom-backend variant.
    const typed: ChatKitOptions = options;
    expectTypeOf(options).toEqualTypeOf<ChatKitOptions>();
    const api = typed.api as CustomApiConfig;
    expectTypeOf(api.uploadStrategy).toEqualTypeOf<CustomApiConfig['uploadStrategy']>();
    expect(api.fetch).toBe(fakeFetch);
    expect('getClientSecret' in typed.api).toBe(false);
  });

  it('points at our absolute endpoint with two-phase uploads, images, history, feedback and retry', () => {
    expect(dataOnly(options)).toMatchInlineSnapshot(`
      {
        "api": {
          "domainKey": "domain_pk_test",
          "fetch": "[function]",
          "uploadStrategy": {
            "type": "two_phase",
          },
          "url": "https://app.example/api/chatkit",
        },
        "composer": {
          "attachments": {
            "accept": {
              "application/bpmn+xml": [
                ".bpmn",
              ],
              "application/json": [
                ".json",
              ],
              "application/pdf": [
                ".pdf",
              ],
              "application/xml": [
                ".xml",
              ],
              "image/gif": [
                ".gif",
              ],
              "image/jpeg": [
                ".jpg",
                ".jpeg",
              ],
              "image/png": [
                ".png",
              ],
              "image/webp": [
                ".webp",
              ],
              "text/csv": [
                ".csv",
              ],
              "text/markdown": [
                ".md",
                ".markdown",
              ],
              "text/plain": [
                ".txt",
              ],
            },
            "enabled": true,
            "maxCount": 10,
            "maxSize": {
              "application/bpmn+xml": 10485760,
              "application/json": 10485760,
              "application/pdf": 10485760,
              "application/xml": 10485760,
              "image/gif": 10485760,
              "image/jpeg": 10485760,
              "image/png": 10485760,
              "image/webp": 10485760,
              "text/csv": 10485760,
              "text/markdown": 10485760,
              "text/plain": 10485760,
            },
          },
          "placeholder": "Ask about your diagram…",
        },
        "frameTitle": "Procmod assistant",
        "header": {
          "enabled": true,
          "title": {
            "enabled": true,
          },
        },
        "history": {
          "enabled": true,
          "showDelete": true,
          "showRename": true,
        },
        "initialThread": null,
        "startScreen": {
          "greeting": "Ask about Order to cash",
          "prompts": [
            {
              "icon": "sparkle",
              "label": "Summarise this process",
              "prompt": "Summarise this process",
            },
            {
              "icon": "sparkle",
              "label": "Is anything wrong with my diagram?",
              "prompt": "Is anything wrong with my diagram?",
            },
            {
              "icon": "sparkle",
              "label": "How many tasks are there?",
              "prompt": "How many tasks are there?",
            },
          ],
        },
        "theme": {
          "color": {
            "accent": {
              "level": 1,
              "primary": "#1f4fd1",
            },
          },
          "colorScheme": "light",
          "density": "normal",
          "radius": "round",
          "typography": {
            "baseSize": 15,
          },
        },
        "thread": {
          "autoScroll": true,
        },
        "threadItemActions": {
          "feedback": true,
          "retry": true,
        },
      }
    `);
  });
});

describe('ChatKit api.fetch', () => {
  const calls: { url: string; init?: RequestInit }[] = [];
  const base: typeof fetch = async (input, init) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), init });
    return new Response('{}');
  };

  it('adds the bearer token and merges metadata.diagram_id into protocol bodies', async () => {
    const f = makeChatKitFetch({ apiUrl: 'https://app.example/api/chatkit', token: async () => 'pmk_abc', diagramId: () => 'dgm_1', baseFetch: base });
    await f('https://app.example/api/chatkit', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de' },
      body: JSON.stringify({ type: 'threads.list', params: {}, metadata: { other: 1 } }),
    });
    const sent = calls.at(-1)!;
    const h = new Headers(sent.init!.headers);
    expect(h.get('authorization')).toBe('Bearer pmk_abc');
    expect(h.get('accept-language')).toBe('de');
    expect(JSON.parse(sent.init!.body as string)).toEqual({ type: 'threads.list', params: {}, metadata: { other: 1, diagram_id: 'dgm_1' } });
  });

  it('saves pending modeler edits before a message is stored or re-answered, and only then', async () => {
    const order: string[] = [];
    const tracked: typeof fetch = async (_i, init) => {
      order.push(`fetch:${JSON.parse(init!.body as string).type}`);
      return new Response('{}');
    };
    const f = makeChatKitFetch({
      apiUrl: 'https://app.example/api/chatkit',
      token: async () => 't',
      diagramId: () => 'dgm_1',
      beforeSend: async () => {
        order.push('save');
      },
      baseFetch: tracked,
    });
    for (const type of ['threads.create', 'threads.add_user_message', 'threads.retry_after_item', 'threads.list', 'attachments.create']) {
      await f('https://app.example/api/chatkit', { method: 'POST', body: JSON.stringify({ type, params: {} }) });
    }
    expect(order).toEqual([
      'save', 'fetch:threads.create',
      'save', 'fetch:threads.add_user_message',
      'save', 'fetch:threads.retry_after_item',
      'fetch:threads.list',
      'fetch:attachments.create',
    ]);
  });

  it('sends the canvas selection as metadata.selection so "this/it" in a message means the selected elements', async () => {
    let selected: string[] = [];
    const f = makeChatKitFetch({ apiUrl: 'https://app.example/api/chatkit', token: async () => 'pmk_abc', diagramId: () => 'dgm_1', selection: () => selected, baseFetch: base });
    const body = JSON.stringify({ type: 'threads.list', params: {} });
    await f('https://app.example/api/chatkit', { method: 'POST', body });
    expect(JSON.parse(calls.at(-1)!.init!.body as string).metadata).toEqual({ diagram_id: 'dgm_1' });
    selected = ['Task_1', 'Task_2'];
    await f('https://app.example/api/chatkit', { method: 'POST', body });
    expect(JSON.parse(calls.at(-1)!.init!.body as string).metadata).toEqual({ diagram_id: 'dgm_1', selection: ['Task_1', 'Task_2'] });
  });

  it('leaves uploads to other URLs untouched (no token leaks to signed upload URLs)', async () => {
    const f = makeChatKitFetch({ apiUrl: 'https://app.example/api/chatkit', token: async () => 'pmk_abc', diagramId: () => 'dgm_1', baseFetch: base });
    const blob = new Blob(['x']);
    await f('https://app.example/api/chatkit/upload/atc_1?sig=1', { method: 'PUT', body: blob });
    const sent = calls.at(-1)!;
    expect(new Headers(sent.init?.headers).get('authorization')).toBeNull();
    expect(sent.init!.body).toBe(blob);
  });

  it('reuses a token until a minute before expiry, then mints a new one once', async () => {
    let t = 0;
    let minted = 0;
    const source = createTokenSource(async () => {
      minted++;
      return { token: `tok${minted}`, expires_at: new Date(t + 600_000).toISOString() };
    }, () => t);
    expect(await source()).toBe('tok1');
    t = 500_000;
    expect(await source()).toBe('tok1');
    t = 545_000;
    const [a, b] = await Promise.all([source(), source()]);
    expect([a, b]).toEqual(['tok2', 'tok2']);
    expect(minted).toBe(2);
  });
});
