// Browser side of our JSON API. Failures are ApiError from lib/api-error.ts (the one reader of the error body,
// shared with the ChatKit client).
import { errorFromResponse } from '@/lib/api-error';

/** Resolves with `res` when it is 2xx; otherwise throws an ApiError carrying the server's message. */
export async function ensureOk(res: Response, fallback: string): Promise<Response> {
  if (res.ok) return res;
  throw await errorFromResponse(res, fallback);
}

/** Any request to our API (e.g. a binary body or answer); the 2xx response, or an ApiError. */
export async function apiFetch(path: string, init: RequestInit, fallback = 'The request failed'): Promise<Response> {
  return ensureOk(await fetch(path, init), fallback);
}

/** A JSON request to our API; the parsed body (null for 204), or an ApiError. */
export async function apiJson<T = any>(method: string, path: string, body?: unknown, fallback = 'The request failed'): Promise<T> {
  const res = await apiFetch(
    path,
    {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    fallback,
  );
  return (res.status === 204 ? null : await res.json()) as T;
}
