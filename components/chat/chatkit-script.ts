// Loads the official ChatKit web component script once and reports whether <openai-chatkit> got defined in time.

export type ScriptResult = 'ready' | 'failed';

let loading: Promise<ScriptResult> | null = null;
let loadedUrl: string | null = null;

export function loadChatKitScript(url: string, timeoutMs: number): Promise<ScriptResult> {
  if (typeof window === 'undefined') return Promise.resolve('failed');
  if (customElements.get('openai-chatkit')) return Promise.resolve('ready');
  if (loading && loadedUrl === url) return loading;
  loadedUrl = url;
  loading = new Promise<ScriptResult>((resolve) => {
    let settled = false;
    const finish = (r: ScriptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (r === 'failed') loading = null; // a later mount may try again
      resolve(r);
    };
    const timer = setTimeout(() => finish(customElements.get('openai-chatkit') ? 'ready' : 'failed'), timeoutMs);
    customElements.whenDefined('openai-chatkit').then(() => finish('ready'), () => {});
    let script = document.querySelector<HTMLScriptElement>(`script[data-chatkit-script]`);
    if (!script) {
      script = document.createElement('script');
      script.src = url;
      script.async = true;
      script.dataset.chatkitScript = '';
      document.head.appendChild(script);
    }
    script.addEventListener('error', () => finish('failed'), { once: true });
  });
  return loading;
}
