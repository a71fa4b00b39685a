import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, errorFromResponse, isAbortError } from './api-error';

describe('reading an error answer', () => {
  it('takes message and code from {"error":{"code","message"}}', async () => {
    const res = new Response(JSON.stringify({ error: { code: 'busy', message: 'Another answer is still being written.' } }), { status: 409 });
    const err = await errorFromResponse(res, 'The chat server refused the request.');
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, code: 'busy', message: 'Another answer is still being written.' });
  });

  it('falls back to a sentence naming the status for an HTML page or an empty body, with code http_<status>', async () => {
    expect(await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }), 'Saving failed')).toMatchObject({
      message: 'Saving failed (HTTP 502).',
      code: 'http_502',
    });
    // A fallback that already ends in a full stop gets one, not two.
    expect(apiErrorFrom(500, '', 'The chat server refused the request.').message).toBe('The chat server refused the request (HTTP 500).');
  });

  it("uses a short plain-text answer (a proxy's) and the other JSON shapes servers send", () => {
    expect(apiErrorFrom(413, 'Payload Too Large\n', 'The upload failed').message).toBe('Payload Too Large');
    expect(apiErrorFrom(400, '{"error":"bad thing"}', 'x').message).toBe('bad thing');
    expect(apiErrorFrom(400, '{"message":"also bad"}', 'x').message).toBe('also bad');
    expect(apiErrorFrom(500, 'x'.repeat(400), 'The upload failed').message).toBe('The upload failed (HTTP 500).');
  });

  it('tells a cancellation apart from a failure', () => {
    expect(isAbortError(new ApiError('Stopped.', 0, 'aborted'))).toBe(true);
    expect(isAbortError(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbortError(new ApiError('No.', 403, 'forbidden'))).toBe(false);
  });
});
