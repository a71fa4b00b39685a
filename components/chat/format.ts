// Small display helpers for the chat panel (bytes and relative times: lib/format.ts).

export function extensionOf(name: string): string {
  const m = /\.([a-z0-9]{1,6})$/i.exec(name);
  return m ? m[1]!.toUpperCase() : 'FILE';
}
