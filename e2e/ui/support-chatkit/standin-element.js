// A stand-in for OpenAI's <openai-chatkit> (whose bundle only loads from OpenAI's CDN), served by a Playwright route
// in place of CHATKIT_SCRIPT_URL. It implements the part of the documented contract (@openai/chatkit types:
// setOptions, setComposerValue, setThreadId, focusComposer, sendUserMessage; chatkit.ready / chatkit.thread.change /
// chatkit.error events; api.fetch + uploadStrategy two_phase) that our wrapper uses, and drives our /api/chatkit the
// way the element does: every protocol call through options.api.fetch, two-phase uploads that load preview_url right
// after attachments.create (before the PUT finishes), history from threads.list. It records what it did in
// window.__standin for the spec. It proves our wrapper and server, not the real element's rendering.
// Client tools and effects as the element handles them: a pending client_tool_call at the end of a stream goes to
// options.onClientTool({ name, params }) and its result back as threads.add_client_tool_output; every client_effect
// frame becomes a chatkit.effect event ({ name, data }, the React wrapper's onEffect).
(() => {
  const log = (window.__standin = { events: [], previews: [], effects: [], toolResults: [] });
  const framesOf = (sse) =>
    sse
      .split('\n\n')
      .map((f) => f.replace(/^data: /, ''))
      .filter((f) => f.startsWith('{'))
      .map((f) => JSON.parse(f));
  class StandIn extends HTMLElement {
    constructor() {
      super();
      this.options = null;
      this.threadId = null;
      this.pending = [];
    }
    connectedCallback() {
      this.innerHTML =
        '<div data-testid="standin"><ul data-testid="standin-history"></ul><div data-testid="standin-items"></div>' +
        '<div data-testid="standin-attachments"></div><textarea data-testid="standin-input"></textarea>' +
        '<button data-testid="standin-send">Send</button></div>';
      this.querySelector('[data-testid=standin-send]').addEventListener('click', () =>
        this.sendUserMessage({ text: this.querySelector('textarea').value }),
      );
    }
    emit(name, detail) {
      this.dispatchEvent(new CustomEvent(name, { detail }));
    }
    async call(body) {
      const res = await this.options.api.fetch(this.options.api.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      log.events.push(`request:${body.type}:${res.status}`);
      if (!res.ok) {
        this.emit('chatkit.error', { error: new Error(`HTTP ${res.status}`) });
        throw new Error(`HTTP ${res.status}`);
      }
      return (res.headers.get('content-type') || '').includes('text/event-stream') ? res.text() : res.json();
    }
    async setOptions(options) {
      const first = !this.options;
      this.options = options;
      if (first) {
        if (options.initialThread) await this.setThreadId(options.initialThread);
        else await this.refreshHistory();
        this.emit('chatkit.ready', {});
      }
    }
    async refreshHistory() {
      const page = await this.call({ type: 'threads.list', params: { limit: 20, order: 'desc' } });
      const ul = this.querySelector('[data-testid=standin-history]');
      ul.innerHTML = '';
      for (const t of page.data) {
        const li = document.createElement('li');
        li.dataset.testid = 'standin-thread';
        li.dataset.threadId = t.id;
        li.textContent = t.title || t.id;
        ul.append(li);
      }
      log.history = page.data.map((t) => t.id);
    }
    async setThreadId(id) {
      this.threadId = id;
      const box = this.querySelector('[data-testid=standin-items]');
      box.innerHTML = '';
      if (id) {
        const thread = await this.call({ type: 'threads.get_by_id', params: { thread_id: id } });
        for (const item of thread.items.data) {
          const div = document.createElement('div');
          div.dataset.testid = `standin-${item.type}`;
          if (item.type === 'client_tool_call') {
            div.dataset.status = item.status;
            div.textContent = `${item.name}: ${item.status}`;
          } else div.textContent = (item.content || []).map((c) => c.text || '').join('');
          box.append(div);
        }
      }
      await this.refreshHistory();
      this.emit('chatkit.thread.change', { threadId: id });
    }
    async focusComposer() {
      log.events.push('focusComposer');
      this.querySelector('textarea').focus();
    }
    async setComposerValue(value) {
      log.events.push(`setComposerValue:${Object.keys(value).join(',')}`);
      if (typeof value.text === 'string') this.querySelector('textarea').value = value.text;
      for (const file of value.files || []) await this.upload(file);
    }
    async upload(file) {
      const accept = this.options.composer?.attachments?.accept || {};
      if (!Object.keys(accept).includes(file.type)) throw new Error(`not accepted: ${file.type}`);
      const att = await this.call({ type: 'attachments.create', params: { name: file.name, size: file.size, mime_type: file.type } });
      const tiles = this.querySelector('[data-testid=standin-attachments]');
      const tile = document.createElement(att.type === 'image' ? 'img' : 'span');
      tile.dataset.testid = att.type === 'image' ? 'standin-preview' : 'standin-file';
      if (att.type === 'image') {
        // Load the preview at once, as the element may, while the bytes are still on their way.
        log.previews.push({ url: att.preview_url, requestedBeforeUpload: true });
        tile.src = att.preview_url;
      } else tile.textContent = att.name;
      tiles.append(tile);
      const d = att.upload_descriptor;
      const put = await fetch(d.url, { method: d.method, headers: d.headers || {}, body: file });
      log.events.push(`upload:${put.status}`);
      if (!put.ok) throw new Error(`upload HTTP ${put.status}`);
      this.pending.push(att.id);
    }
    async sendUserMessage({ text }) {
      const input = { content: text ? [{ type: 'input_text', text }] : [], attachments: this.pending.splice(0), inference_options: {} };
      let frames;
      if (this.threadId) frames = framesOf(await this.call({ type: 'threads.add_user_message', params: { thread_id: this.threadId, input } }));
      else {
        frames = framesOf(await this.call({ type: 'threads.create', params: { input } }));
        const created = frames.find((e) => e.type === 'thread.created');
        if (created) this.threadId = created.thread.id;
      }
      await this.afterStream(frames);
    }
    // Effects fire as they arrive; a pending client tool call that ends the stream runs in the page and its
    // result starts the next stream, until the assistant stops asking.
    async afterStream(frames) {
      for (const e of frames) {
        if (e.type !== 'client_effect') continue;
        log.effects.push({ name: e.name, data: e.data });
        this.emit('chatkit.effect', { name: e.name, data: e.data });
      }
      await this.setThreadId(this.threadId);
      const last = frames.filter((e) => e.type === 'thread.item.done').at(-1);
      if (!last || last.item.type !== 'client_tool_call' || last.item.status !== 'pending') return;
      const result = await this.options.onClientTool({ name: last.item.name, params: last.item.arguments });
      log.toolResults.push(result);
      const next = framesOf(await this.call({ type: 'threads.add_client_tool_output', params: { thread_id: this.threadId, result } }));
      await this.afterStream(next);
    }
  }
  customElements.define('openai-chatkit', StandIn);
})();
