import { describe, expect, it } from 'vitest';
import { defaultChatUiConfig, initialChatUi } from './chat-config';

describe('initialChatUi: when the page contacts OpenAI\'s CDN', () => {
  it('auto with the localhost placeholder key goes straight to the built-in panel (no CDN request)', () => {
    expect(initialChatUi({ ...defaultChatUiConfig, mode: 'auto', domainKeyConfigured: false })).toBe('builtin');
    expect(initialChatUi({ ...defaultChatUiConfig, mode: 'auto' })).toBe('builtin');
  });
  it('auto with a registered domain key, or CHAT_UI=chatkit, tries the element', () => {
    expect(initialChatUi({ ...defaultChatUiConfig, mode: 'auto', domainKeyConfigured: true })).toBe('try-element');
    expect(initialChatUi({ ...defaultChatUiConfig, mode: 'chatkit', domainKeyConfigured: false })).toBe('try-element');
  });
  it('builtin never tries it', () => {
    expect(initialChatUi({ ...defaultChatUiConfig, mode: 'builtin', domainKeyConfigured: true })).toBe('builtin');
  });
});
