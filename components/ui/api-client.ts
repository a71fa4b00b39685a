// Browser side of our JSON API: the one place that turns an error body {"error":{"code","message"}} into an Error
// whose message a person can read (the server's own words, or a fallback naming the HTTP status).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server's message for a failed response, or `fallback (HTTP n).` when the body has none. */
export async function errorMessage(res: Response, fallback: string): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `${fallback} (HTTP ${res.status}).`;
}

/** Resolves with `res` when it is 2xx; otherwise throws an ApiError carrying the server's message. */
export async function ensureOk(res: Response, fallback: string): Promise<Response> {
  if (res.ok) return res;
  const body = (await res.clone().json().catch(() => null)) as { error?: { code?: string } } | null;
  throw new ApiError(res.status, body?.error?.code ?? null, await errorMessage(res, fallback));
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
