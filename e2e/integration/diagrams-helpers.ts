// Shared by the diagram API suites: the app server (routes warmed up) and a JSON caller.
import { afterAll, beforeAll } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { authHeaders, type TestUser } from '../support/users';

export type Json = Record<string, any>;
export type CallOptions = { via?: 'token' | 'cookie'; headers?: Record<string, string> };

/** Starts the app server for this file; `call()` sends JSON as a user (bearer token by default) or anonymously. */
export function useDiagramsApi() {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
    // Load every diagram route module once (a cold import is slow on a busy machine), outside the tests' timeouts.
    for (const path of ['', '/dgm_0000000000000000', '/dgm_0000000000000000/duplicate', '/dgm_0000000000000000/revisions']) {
      await fetch(`${app.url}/api/diagrams${path}`);
    }
  }, 180_000);
  afterAll(() => app.close());

  async function call(user: TestUser | null, method: string, path: string, body?: unknown, opts: CallOptions = {}) {
    const headers: Record<string, string> = { ...(user ? authHeaders(user, opts.via ?? 'token', app.url) : {}), ...opts.headers };
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const payload = body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
    const res = await fetch(`${app.url}${path}`, { method, headers, body: payload as BodyInit | undefined });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as Json };
  }

  return { call };
}
