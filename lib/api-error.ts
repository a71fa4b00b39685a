// The browser's one reading of a failed answer from our server: the error body {"error":{"code","message"}} (see
// lib/errors.ts) becomes an ApiError whose message a person can read — the server's own words, or a fallback naming
// the HTTP status. Client-safe (no server imports): the ChatKit client in lib and the components both use it.

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when no answer arrived. */
    readonly status: number,
    /** The server's error code, `http_<status>` when the body had none, or 'network' / 'aborted' / 'protocol'. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The error a failed answer's body text stands for (XMLHttpRequest gives text, not a Response). */
export function apiErrorFrom(status: number, text: string, fallback: string): ApiError {
  let message = '';
  let code = `http_${status}`;
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } | string; message?: string } | null;
    if (body && typeof body.error === 'object') {
      message = body.error.message ?? '';
      code = body.error.code ?? code;
    } else if (typeof body?.error === 'string') message = body.error;
    else if (typeof body?.message === 'string') message = body.message;
  } catch {
    // A short plain-text answer (a proxy's "Payload Too Large") says more than the fallback; an HTML page does not.
    const plain = text.trim();
    if (plain.length < 300 && !plain.startsWith('<')) message = plain;
  }
  return new ApiError(message || `${fallback.replace(/\.$/, '')} (HTTP ${status}).`, status, code);
}

/** The error a failed Response stands for. */
export async function errorFromResponse(res: Response, fallback: string): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  return apiErrorFrom(res.status, text, fallback);
}

export function isAbortError(err: unknown): boolean {
  return (
    (err instanceof ApiError && err.code === 'aborted') ||
    (typeof err === 'object' && err !== null && (err as { name?: string }).name === 'AbortError')
  );
}
