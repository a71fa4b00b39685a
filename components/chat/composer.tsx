'use client';
// Message input: text, attachments (button, paste, drop handled by the panel), send / stop, and @-mentions of
// diagram elements (a popup of matching names; the panel turns `@Name` into element tags on send).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useModelerBridge } from '@/components/modeler/bridge-context';
import type { BridgeElement } from '@/components/modeler/modeler-bridge';
import { searchElements } from './mentions';
import type { ComposerFile } from './use-composer-attachments';
import { extensionOf } from './format';
import { formatBytes } from '@/lib/format';
import { IconFile, IconPaperclip, IconSend, IconStop, IconX } from './icons';

type Props = {
  value: string;
  onChange: (v: string) => void;
  files: ComposerFile[];
  onAddFiles: (files: File[]) => void;
  onRemoveFile: (key: string) => void;
  onRetryFile?: (key: string) => void;
  onSend: () => void;
  onStop: () => void;
  streaming: boolean;
  canStop: boolean;
  busy: boolean;
  uploading: boolean;
  sendPending?: boolean;
  accept: string;
  placeholder: string;
  disabledReason?: string;
  focusKey?: unknown;
  /** Filled when the user picks an element for a name several elements share (name → element id). */
  mentionChoices?: Map<string, string>;
};

type MentionState = { start: number; end: number; items: BridgeElement[]; index: number };

// "@" at the start or after a space/bracket, then up to 40 characters without another "@" or a line break.
const MENTION_QUERY = /(?:^|[\s(（「"'])@([^@\n]{0,40})$/u;

function findMention(value: string, caret: number, list: BridgeElement[]): MentionState | null {
  if (!list.length) return null;
  const m = MENTION_QUERY.exec(value.slice(0, caret));
  if (!m) return null;
  const items = searchElements(m[1]!, list);
  return items.length ? { start: caret - m[1]!.length - 1, end: caret, items, index: 0 } : null;
}

function FileTile({ f, onRemove }: { f: ComposerFile; onRemove: () => void }) {
  const src = f.localUrl ?? (f.attachment?.type === 'image' ? f.attachment.preview_url : null);
  const label = f.status === 'error' ? `${f.name}: ${f.error}` : f.status === 'uploading' ? `Uploading ${f.name}` : f.name;
  return (
    <div
      className={`chat-tile ${f.isImage ? 'chat-tile-image' : 'chat-tile-file'} is-${f.status}`}
      title={label}
      data-testid={f.isImage ? 'composer-image' : 'composer-file'}
      data-status={f.status}
    >
      {f.isImage && src ? (
        <img src={src} alt={f.name} />
      ) : (
        <div className="chat-tile-filebody">
          <span className="chat-file-icon"><IconFile /></span>
          <span className="chat-tile-meta">
            <span className="chat-file-name">{f.name}</span>
            <span className="chat-tile-size">{extensionOf(f.name)} · {formatBytes(f.size)}</span>
          </span>
        </div>
      )}
      {f.status === 'uploading' && (
        <div
          className="chat-progress"
          role="progressbar"
          aria-label={`Uploading ${f.name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(f.progress * 100)}
        >
          <span style={{ width: `${Math.max(4, f.progress * 100)}%` }} />
        </div>
      )}
      <button type="button" className="chat-tile-remove" aria-label={`Remove ${f.name}`} onClick={onRemove}>
        <IconX width={12} height={12} />
      </button>
    </div>
  );
}

export function Composer(p: Props) {
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [mention, setMention] = useState<MentionState | null>(null);
  const bridge = useModelerBridge();

  const updateMention = useCallback(
    (value: string) => {
      const el = inputRef.current;
      setMention(el ? findMention(value, el.selectionStart ?? value.length, bridge.listElements()) : null);
    },
    [bridge],
  );

  const pickMention = useCallback(
    (el: BridgeElement) => {
      if (!mention) return;
      const next = `${p.value.slice(0, mention.start)}@${el.name} ${p.value.slice(mention.end)}`;
      p.mentionChoices?.set(el.name, el.id);
      p.onChange(next);
      setMention(null);
      const caret = mention.start + el.name.length + 2;
      requestAnimationFrame(() => {
        inputRef.current?.focus();
        inputRef.current?.setSelectionRange(caret, caret);
      });
    },
    [mention, p],
  );

  // Grow with the text up to a cap; the textarea scrolls beyond it.
  useEffect(() => {
    const el = inputRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, 200)}px`;
  }, [p.value]);

  useEffect(() => {
    inputRef.current?.focus();
  }, [p.focusKey]);

  const errors = p.files.filter((f) => f.status === 'error');
  // While files upload, sending is allowed: the panel sends as soon as they are ready. A failed file blocks sending
  // until it is retried or removed, so a question is never sent silently without its picture.
  const canSend = !p.busy && errors.length === 0 && (p.value.trim().length > 0 || p.files.length > 0);

  return (
    <div className="chat-composer-wrap">
      {errors.map((f) => (
        <div key={f.key} className="chat-upload-error" role="alert" data-testid="upload-error">
          <span>
            <strong>{f.name}</strong> was not uploaded — {f.error}
          </span>
          {p.onRetryFile && f.retryable && (
            <button type="button" className="btn btn-sm" onClick={() => p.onRetryFile!(f.key)} data-testid="upload-retry">
              Retry
            </button>
          )}
          <button type="button" className="chat-icon-btn" aria-label={`Remove ${f.name}`} onClick={() => p.onRemoveFile(f.key)}>
            <IconX width={14} height={14} />
          </button>
        </div>
      ))}
      <form
        className="chat-composer"
        onSubmit={(e) => {
          e.preventDefault();
          if (canSend) p.onSend();
        }}
      >
        {p.files.some((f) => f.status !== 'error') && (
          <div className="chat-tiles" data-testid="composer-attachments">
            {p.files
              .filter((f) => f.status !== 'error')
              .map((f) => (
                <FileTile key={f.key} f={f} onRemove={() => p.onRemoveFile(f.key)} />
              ))}
          </div>
        )}
        <textarea
          ref={inputRef}
          id="chat-composer"
          className="chat-input"
          rows={1}
          value={p.value}
          placeholder={p.placeholder}
          aria-label="Message"
          aria-autocomplete="list"
          aria-controls={mention ? 'chat-mention-list' : undefined}
          aria-activedescendant={mention ? `chat-mention-${mention.index}` : undefined}
          data-testid="chat-input"
          onChange={(e) => {
            p.onChange(e.target.value);
            updateMention(e.target.value);
          }}
          onBlur={() => setMention(null)}
          onPaste={(e) => {
            const files = Array.from(e.clipboardData.files);
            if (files.length) {
              e.preventDefault();
              p.onAddFiles(files);
            }
          }}
          onKeyDown={(e) => {
            if (mention && !e.nativeEvent.isComposing) {
              const n = mention.items.length;
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                setMention({ ...mention, index: (mention.index + (e.key === 'ArrowDown' ? 1 : n - 1)) % n });
                return;
              }
              if (e.key === 'Enter' || e.key === 'Tab') {
                e.preventDefault();
                pickMention(mention.items[mention.index]!);
                return;
              }
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setMention(null);
                return;
              }
            }
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              if (canSend) p.onSend();
            }
          }}
        />
        {mention && (
          <ul className="chat-mentions" id="chat-mention-list" role="listbox" aria-label="Diagram elements" data-testid="mention-list">
            {mention.items.map((el, i) => (
              <li
                key={el.id}
                id={`chat-mention-${i}`}
                role="option"
                aria-selected={i === mention.index}
                className={i === mention.index ? 'is-active' : ''}
                // mousedown, not click: the textarea must not lose focus (and close the list) first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pickMention(el);
                }}
              >
                <span className="chat-mention-name">{el.name}</span>
                <span className="chat-mention-type">{el.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="chat-composer-bar">
          <input
            ref={fileRef}
            type="file"
            multiple
            hidden
            accept={p.accept}
            data-testid="chat-file-input"
            onChange={(e) => {
              if (e.target.files?.length) p.onAddFiles(Array.from(e.target.files));
              e.target.value = '';
            }}
          />
          <button
            type="button"
            className="chat-icon-btn chat-attach"
            aria-label="Attach image or file"
            title="Attach an image or file (or paste / drop it here)"
            onClick={() => fileRef.current?.click()}
          >
            <IconPaperclip />
          </button>
          <span className="chat-composer-hint">
            {errors.length
              ? 'Retry or remove the file that failed, then send'
              : p.sendPending
                ? 'Sends when the upload finishes…'
                : p.uploading
                  ? 'Uploading…'
                  : p.disabledReason ?? 'Enter to send · Shift+Enter for a new line'}
          </span>
          {p.streaming ? (
            <button
              type="button"
              className="chat-send chat-stop"
              aria-label="Stop"
              title="Stop (Esc)"
              onClick={p.onStop}
              disabled={!p.canStop}
              data-testid="chat-stop"
            >
              <IconStop />
            </button>
          ) : (
            <button type="submit" className="chat-send" aria-label="Send" title="Send (Enter)" disabled={!canSend} data-testid="chat-send">
              <IconSend />
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
