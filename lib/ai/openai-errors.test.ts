import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { errorEvent, isReasoningModel } from './openai-responder';

const apiError = (status: number, message: string) => APIError.generate(status, { error: { message } }, message, new Headers());

describe('errorEvent', () => {
  it('maps provider failures to human messages, allowing retry only where it can help', () => {
    expect(errorEvent(apiError(401, 'bad key'), 'm', undefined)).toMatchObject({ type: 'error', allow_retry: false, message: expect.stringMatching(/^OpenAI rejected the API key \(401\)/) });
    expect(errorEvent(apiError(404, 'The model `m` does not exist'), 'm', 'http://127.0.0.1:11434/v1')).toMatchObject({ allow_retry: false, message: expect.stringContaining('The model "m" was not found at the AI server at http://127.0.0.1:11434/v1 (404): The model `m` does not exist. Check OPENAI_MODEL.') });
    expect(errorEvent(apiError(429, 'slow down'), 'm', undefined)).toMatchObject({ allow_retry: true });
    expect(errorEvent(apiError(400, 'image too large'), 'm', undefined)).toMatchObject({ allow_retry: false, message: expect.stringContaining('image too large') });
    expect(errorEvent(apiError(502, 'bad gateway'), 'm', undefined)).toMatchObject({ allow_retry: true, message: expect.stringContaining('internal error (502)') });
    expect(errorEvent(new APIConnectionTimeoutError(), 'm', undefined)).toMatchObject({ allow_retry: true, message: expect.stringContaining('did not answer in time') });
    expect(errorEvent(new APIConnectionError({ message: 'ECONNREFUSED' }), 'm', 'http://127.0.0.1:1/v1')).toMatchObject({ allow_retry: true, message: expect.stringContaining('Could not reach the AI server at http://127.0.0.1:1/v1') });
  });

  it('asks for reasoning summaries only from reasoning models', () => {
    expect(isReasoningModel('o4-mini')).toBe(true);
    expect(isReasoningModel('gpt-5-mini')).toBe(true);
    expect(isReasoningModel('gpt-4.1-mini')).toBe(false);
    expect(isReasoningModel('llava:13b')).toBe(false);
  });
});
