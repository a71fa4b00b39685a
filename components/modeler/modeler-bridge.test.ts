import { describe, expect, it } from 'vitest';
import { createModelerBridge, type ModelerApi } from './modeler-bridge';

const file = (name: string) => new File([new Uint8Array([1, 2, 3])], name, { type: 'image/png' });

describe('modeler ↔ chat bridge', () => {
  it('queues files sent before any composer is there and delivers them, in order, when one registers', () => {
    const opened: number[] = [];
    const bridge = createModelerBridge({ onFilesSent: (f) => opened.push(f.length) });
    bridge.sendFiles([file('a.png')]);
    bridge.sendFiles([file('b.png'), file('c.png')]);
    bridge.sendFiles([]); // nothing to send: no delivery, the pane is not opened
    expect(opened).toEqual([1, 2]);
    const got: string[][] = [];
    bridge.onComposerFiles((files) => got.push(files.map((f) => f.name)));
    expect(got).toEqual([['a.png'], ['b.png', 'c.png']]);
    bridge.sendFiles([file('d.png')]);
    expect(got.at(-1)).toEqual(['d.png']);
  });

  it('never drops files while the composer remounts (chat pane collapsed, UI switched), and delivers each once', () => {
    const bridge = createModelerBridge();
    const first: string[] = [];
    const off = bridge.onComposerFiles((files) => first.push(...files.map((f) => f.name)));
    off();
    bridge.sendFiles([file('while-away.png')]);
    expect(first).toEqual([]);
    const second: string[] = [];
    bridge.onComposerFiles((files) => second.push(...files.map((f) => f.name)));
    // A stale unregister from the first composer must not detach the second.
    off();
    bridge.sendFiles([file('after.png')]);
    expect(second).toEqual(['while-away.png', 'after.png']);
    expect(first).toEqual([]);
  });

  it('answers empty without a modeler and forwards to the connected one; a stale disconnect is ignored', async () => {
    const bridge = createModelerBridge();
    expect(bridge.isConnected()).toBe(false);
    expect(bridge.selectElements(['Task_1'])).toEqual([]);
    expect(bridge.listElements()).toEqual([]);
    await expect(bridge.flushSave()).resolves.toBeUndefined();

    let saves = 0;
    const api = (ids: string[]): ModelerApi => ({
      flushSave: async () => void saves++,
      selectElements: (want) => want.filter((id) => ids.includes(id)),
      listElements: () => ids.map((id) => ({ id, name: id, type: 'Task' })),
    });
    const disconnectOld = bridge.connectModeler(api(['Old']));
    bridge.connectModeler(api(['Task_1']));
    disconnectOld(); // the previous diagram's modeler unmounting after the next one connected
    expect(bridge.isConnected()).toBe(true);
    expect(bridge.selectElements(['Task_1', 'Gone'])).toEqual(['Task_1']);
    await bridge.flushSave();
    expect(saves).toBe(1);
  });

  it('gives a chat that subscribes late the current selection, and clears it when the modeler disconnects', () => {
    const bridge = createModelerBridge();
    const disconnect = bridge.connectModeler({ flushSave: async () => {}, selectElements: () => [], listElements: () => [] });
    bridge.publishSelection([{ id: 'Task_1', name: 'Check invoice', type: 'Task' }]);
    const seen: string[][] = [];
    const off = bridge.onSelectionChange((els) => seen.push(els.map((e) => e.id)));
    expect(seen).toEqual([['Task_1']]);
    disconnect();
    expect(seen.at(-1)).toEqual([]);
    off();
    bridge.publishSelection([{ id: 'X', name: '', type: 'Task' }]);
    expect(seen).toHaveLength(2);
  });

  it('keeps bridges of two workspaces apart (no module state)', () => {
    const a = createModelerBridge();
    const b = createModelerBridge();
    const got: string[] = [];
    b.onComposerFiles((files) => got.push(...files.map((f) => f.name)));
    a.sendFiles([file('for-a.png')]);
    expect(got).toEqual([]);
  });
});
