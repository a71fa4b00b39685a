// Helpers for the AI integration tests: fixture diagrams, a stored screenshot, the assistant text of a stream.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { acceptUpload, bufferChunks } from '@/lib/attachments/pipeline';
import type { ThreadStreamEvent } from '@/lib/chatkit/types';
import { createDiagram } from '@/lib/diagrams';
import { reloadEnv } from '@/lib/env';
import { resetApiDetection } from '@/lib/ai/openai-responder';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startAppServer, type AppServer, type AppServerOptions } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { startFakeOpenAI, type FakeOpenAI } from './ai-fake-openai';

export const fixtureXml = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'diagrams', `${name}.bpmn`), 'utf8');

/** A PNG of the given size (black box on white), stored through the real attachment pipeline. */
export async function storeScreenshot(userId: string, width: number, height: number, name = 'diagram-20260101-120000.png') {
  const png = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([{ input: { create: { width: Math.round(width / 3), height: Math.round(height / 3), channels: 3, background: '#000000' } }, left: 10, top: 10 }])
    .png()
    .toBuffer();
  const { row } = await acceptUpload({ userId, source: 'screenshot' }, { chunks: bufferChunks(png), name, mime: 'image/png' });
  return { id: row.id, png };
}

/** The assistant message of a stream: final text, the concatenated deltas, and the event order for it. */
export function assistantOf(events: ThreadStreamEvent[]) {
  const added = events.find((e) => e.type === 'thread.item.added' && e.item.type === 'assistant_message');
  if (!added || added.type !== 'thread.item.added') throw new Error(`no assistant message in ${JSON.stringify(events.map((e) => e.type))}`);
  const id = added.item.id;
  const mine = events.filter((e) => (e.type === 'thread.item.updated' && e.item_id === id) || ((e.type === 'thread.item.added' || e.type === 'thread.item.done') && e.item.id === id));
  const order = mine.map((e) => (e.type === 'thread.item.updated' ? e.update.type.replace('assistant_message.content_part.', '') : e.type));
  const deltas = mine.map((e) => (e.type === 'thread.item.updated' && e.update.type === 'assistant_message.content_part.text_delta' ? e.update.delta : '')).join('');
  const done = mine.find((e) => e.type === 'thread.item.done');
  const text = done && done.type === 'thread.item.done' && done.item.type === 'assistant_message' ? done.item.content.map((c) => c.text).join('') : '';
  return { id, text, deltas, order };
}

/** Collapse the order list: ["thread.item.added","added","text_delta","text_delta","done","thread.item.done"] → with one text_delta. */
export function squash(order: string[]): string[] {
  return order.filter((o, i) => !(o === 'text_delta' && order[i - 1] === 'text_delta'));
}

/** Id of the newest stored revision of a diagram (what the chat answers about when a message has none). */
export async function latestRevisionOf(userId: string, diagramId: string): Promise<string> {
  const { getDiagram } = await import('@/lib/diagrams');
  return (await getDiagram(userId, diagramId)).revision!.id;
}

/** The OpenAI settings a test may change; put back as they were after each test. */
const OPENAI_ENV = ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'OPENAI_VISION'] as const;

type OpenAiSuite = { app: AppServer; fake: FakeOpenAI; user: TestUser; diagramId: string };

/**
 * The hooks of a suite against the fake OpenAI server: before all, the app (with the suite's ChatKit deps), the fake,
 * a user and their order-fulfilment diagram, handed to `set`; after each test, `afterEachTest` runs, the OpenAI env
 * is put back, the fake's log emptied and its Responses API restored, API detection forgotten; after all, both closed.
 */
export function useOpenAiSuite(deps: { make: NonNullable<AppServerOptions['chatkit']> }, set: (s: OpenAiSuite) => void, afterEachTest: () => void = () => {}): void {
  let s: OpenAiSuite;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    const app = await startAppServer({ chatkit: deps.make });
    const fake = await startFakeOpenAI();
    const user = await makeUser();
    const diagramId = (await createDiagram(user.id, { name: 'Order fulfilment', xml: fixtureXml('order-fulfilment') })).id;
    set((s = { app, fake, user, diagramId }));
  });
  afterEach(() => {
    afterEachTest();
    for (const k of OPENAI_ENV) {
      if (savedEnv[k] === undefined) delete process.env[k];
      else process.env[k] = savedEnv[k];
    }
    reloadEnv();
    s.fake.requests.length = 0;
    s.fake.hasResponsesApi = true;
    resetApiDetection();
  });
  afterAll(async () => {
    await s?.app.close();
    await s?.fake.close();
  });
}
