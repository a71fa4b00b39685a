// Scoped tokens: the ChatKit element's short-lived token reaches only the chat routes; personal tokens
// are full, read-only or chat-only. Everything outside a scope is a 403 JSON, never a partial success.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createApiToken } from '@/lib/auth/tokens';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { createThread } from './chatkit-helpers';

let app: AppServer;
let ada: TestUser;
let threadId: string;
beforeAll(async () => {
  app = await startAppServer();
  ada = await makeUser();
  threadId = (await createThread(app, ada, 'Scoped tokens')).threadId;
});
afterAll(() => app.close());

const call = (token: string, method: string, path: string, body?: unknown) =>
  fetch(`${app.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function expect403(res: Response) {
  expect(res.status).toBe(403);
  const body = await res.json();
  expect(body.error.code).toBe('forbidden');
  expect(body.error.message).toMatch(/limited/);
}

describe('the ChatKit element token', () => {
  it('is minted with the chat scope and reaches /api/chatkit and the upload routes only', async () => {
    const minted = await fetch(`${app.url}/api/chatkit/token`, { method: 'POST', headers: { cookie: ada.cookie, origin: app.url } });
    expect(minted.status).toBe(200);
    const { token } = await minted.json();
    const row = await db().apiToken.findFirstOrThrow({ where: { userId: ada.id, kind: 'chatkit' }, orderBy: { createdAt: 'desc' } });
    expect(row.scope).toBe('chat');

    expect((await call(token, 'POST', '/api/chatkit', { type: 'threads.list', params: { limit: 5 } })).status).toBe(200);
    // The upload routes are in scope: the answer is about the (missing) body, not the token.
    const up = await call(token, 'POST', '/api/chatkit/upload');
    expect(up.status).toBe(400);

    const tokensBefore = await db().apiToken.count({ where: { userId: ada.id } });
    await expect403(await call(token, 'POST', '/api/tokens', { label: 'escalate' }));
    expect(await db().apiToken.count({ where: { userId: ada.id } })).toBe(tokensBefore);
    await expect403(await call(token, 'GET', `/api/v1/conversation/${threadId}/export`));
    await expect403(await call(token, 'GET', '/api/diagrams'));
    await expect403(await call(token, 'GET', '/api/tokens'));
    await expect403(await call(token, 'POST', '/api/chatkit/token'));
    await expect403(await call(token, 'DELETE', '/api/me/sessions'));
    await expect403(await call(token, 'GET', `/api/v1/conversation/${threadId}/attachment/list`));
  });
});

describe('personal token scopes', () => {
  it('read: GET works, every write and the chat protocol are refused', async () => {
    const { token } = await createApiToken(ada.id, { label: 'ro', scope: 'read' });
    expect((await call(token, 'GET', '/api/diagrams')).status).toBe(200);
    expect((await call(token, 'GET', `/api/v1/conversation/${threadId}/export`)).status).toBe(200);
    const diagrams = await db().diagram.count({ where: { userId: ada.id } });
    await expect403(await call(token, 'POST', '/api/diagrams', {}));
    expect(await db().diagram.count({ where: { userId: ada.id } })).toBe(diagrams);
    await expect403(await call(token, 'POST', '/api/chatkit', { type: 'threads.list', params: {} }));
    await expect403(await call(token, 'POST', '/api/tokens', { label: 'x' }));
  });

  it('chat: the protocol works, reads elsewhere are refused', async () => {
    const { token } = await createApiToken(ada.id, { label: 'chat', scope: 'chat' });
    const res = await call(token, 'POST', '/api/chatkit', { type: 'threads.get_by_id', params: { thread_id: threadId } });
    expect(res.status).toBe(200);
    await expect403(await call(token, 'GET', '/api/diagrams'));
  });

  it('Settings creates tokens with a scope, lists it, and refuses an unknown one', async () => {
    const res = await call(ada.token, 'POST', '/api/tokens', { label: 'read only', scope: 'read' });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.scope).toBe('read');
    const listed = (await (await call(ada.token, 'GET', '/api/tokens')).json()).data;
    expect(listed.find((t: { id: string }) => t.id === created.id)).toMatchObject({ scope: 'read' });
    expect((await call(created.token, 'POST', '/api/tokens', { label: 'x' })).status).toBe(403);
    expect((await call(ada.token, 'POST', '/api/tokens', { label: 'bad', scope: 'admin' })).status).toBe(400);
    expect((await call(ada.token, 'POST', '/api/tokens', { label: 'default' })).status).toBe(201);
  });
});
