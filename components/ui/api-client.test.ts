import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { ensureOk } from './api-client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('ensureOk', () => {
  it("throws an ApiError with the server's own message and code", async () => {
    const err = await ensureOk(json(413, { error: { code: 'limitsReached', message: 'This image is 14 MB; the limit is 10 MB.' } }), 'Upload failed').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 413, code: 'limitsReached', message: 'This image is 14 MB; the limit is 10 MB.' });
  });

  it('passes a successful response through untouched', async () => {
    const res = json(200, { ok: true });
    expect(await (await ensureOk(res, 'x')).json()).toEqual({ ok: true });
  });
});
