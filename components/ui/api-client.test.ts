import { describe, expect, it } from 'vitest';
import { ApiError, ensureOk, errorMessage } from './api-client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('api client errors', () => {
  it("carries the server's own message and code", async () => {
    const err = await ensureOk(json(413, { error: { code: 'limitsReached', message: 'This image is 14 MB; the limit is 10 MB.' } }), 'Upload failed').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 413, code: 'limitsReached', message: 'This image is 14 MB; the limit is 10 MB.' });
  });

  it('falls back to a sentence naming the status when the body is not our error JSON', async () => {
    expect(await errorMessage(new Response('<html>Bad gateway</html>', { status: 502 }), 'Saving failed')).toBe('Saving failed (HTTP 502).');
    const err = await ensureOk(new Response(null, { status: 500 }), 'Could not save the flag').catch((e) => e);
    expect(err).toMatchObject({ status: 500, code: null, message: 'Could not save the flag (HTTP 500).' });
  });

  it('passes a successful response through untouched', async () => {
    const res = json(200, { ok: true });
    expect(await (await ensureOk(res, 'x')).json()).toEqual({ ok: true });
  });
});
