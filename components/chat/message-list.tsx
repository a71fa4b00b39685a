'use client';
// The conversation: user bubbles with their attachments, assistant answers as Markdown with feedback and retry,
// plus progress, errors and notices in place.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatState } from '@/lib/chatkit/client-reducer';
import { assistantText, userText } from '@/lib/chatkit/client-reducer';
import type { Attachment, ThreadItem } from '@/lib/chatkit/types';
import { extensionOf } from './format';
import { IconCheck, IconCopy, IconFile, IconRetry, IconThumbDown, IconThumbUp, IconX } from './icons';
import { Markdown } from './markdown';
import { citationClick, type Citation } from './citations';
import { useModelerBridge } from '@/components/modeler/bridge-context';
import { useRouter } from 'next/navigation';
import { useFollowScroll } from './use-follow-scroll';

type Props = {
  state: ChatState;
  feedback: Record<string, 'positive' | 'negative'>;
  onFeedback: (itemId: string, kind: 'positive' | 'negative') => void;
  onRetry: () => void;
  onDismissError: () => void;
  onOpenImage: (a: Attachment) => void;
  /** Items the list does not draw itself (e.g. client tool calls: the proposal card). */
  renderItem?: (item: ThreadItem) => React.ReactNode;
};

function AttachmentView({ a, onOpen }: { a: Attachment; onOpen: (a: Attachment) => void }) {
  if (a.type === 'image') {
    return (
      <button type="button" className="chat-msg-image" onClick={() => onOpen(a)} title={a.name} data-testid="message-image">
        <img src={a.preview_url} alt={a.name} loading="lazy" />
      </button>
    );
  }
  return (
    <span className="chat-file-chip" title={a.name} data-testid="message-file">
      <span className="chat-file-icon"><IconFile /></span>
      <span className="chat-file-name">{a.name}</span>
      <span className="chat-file-ext">{extensionOf(a.name)}</span>
    </span>
  );
}

/** A polite live region that announces an answer once, when its stream has finished — never every delta. */
function AnswerAnnouncer({ state }: { state: ChatState }) {
  const [text, setText] = useState('');
  const announced = useRef<string | null>(null);
  const wasStreaming = useRef(state.streaming);
  useEffect(() => {
    const finished = wasStreaming.current && !state.streaming;
    wasStreaming.current = state.streaming;
    if (!finished) return;
    const last = [...state.items].reverse().find((i) => i.type === 'assistant_message');
    if (!last || announced.current === last.id) return;
    announced.current = last.id;
    setText(`Assistant: ${assistantText(last)}`);
  }, [state.streaming, state.items]);
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="answer-announcer">
      {text}
    </div>
  );
}

function CopyButton({ text }: { text: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="chat-icon-btn"
      aria-label="Copy answer"
      title="Copy"
      onClick={() => {
        navigator.clipboard?.writeText(text).then(() => {
          setDone(true);
          setTimeout(() => setDone(false), 1200);
        }, () => {});
      }}
    >
      {done ? <IconCheck /> : <IconCopy />}
    </button>
  );
}

function TaskLine({ item }: { item: ThreadItem }) {
  if (item.type === 'task') {
    const t = item.task;
    const title = ('title' in t && t.title) || (t.type === 'custom' ? t.content : '') || 'Working';
    return (
      <div className={`chat-task ${t.status_indicator === 'loading' ? 'is-loading' : ''}`} data-testid="task-item">
        <span className="chat-task-dot" aria-hidden />
        {title}
      </div>
    );
  }
  if (item.type === 'workflow') {
    const s = item.workflow.summary;
    const label = s ? ('title' in s ? s.title : `Thought for ${s.duration}s`) : 'Thinking…';
    return (
      <details className="chat-workflow">
        <summary>{label}</summary>
        <ul>
          {item.workflow.tasks.map((t, i) =>
            t.type === 'custom' && t.title ? (
              // A diagram query: what it found, and the call itself for the curious.
              <li key={i} data-testid="workflow-task">
                {t.title}
                {t.content && <code className="chat-task-call">{t.content}</code>}
              </li>
            ) : (
              <li key={i}>{'content' in t && t.content ? t.content : ('title' in t && t.title) || t.type}</li>
            ),
          )}
        </ul>
      </details>
    );
  }
  return null;
}

export function MessageList({ state, feedback, onFeedback, onRetry, onDismissError, onOpenImage, renderItem }: Props) {
  // Follow the stream only while the user is at the bottom (reading older messages is not interrupted);
  // a message the user just sent always brings them back to the end.
  const { scrollRef, contentRef, onScroll, follow, atLatest, jumpToLatest } = useFollowScroll();
  const userCount = state.items.filter((i) => i.type === 'user_message').length;
  const seenUsers = useRef(userCount);
  useEffect(() => {
    const sent = userCount > seenUsers.current;
    seenUsers.current = userCount;
    follow(sent);
  }, [state.items, state.progress, state.error, state.notices, userCount, follow]);

  // A cited element: select it on the canvas; when it is gone, open the revision it was cited in (after saving
  // what the user has drawn, so the view compares with the diagram as they see it); otherwise say why not.
  const router = useRouter();
  const [citeNote, setCiteNote] = useState<{ itemId: string; text: string } | null>(null);
  const bridge = useModelerBridge();
  const cite = useCallback((itemId: string, c: Citation) => {
    const select = bridge.isConnected() ? (id: string) => bridge.selectElements([id]).length > 0 : undefined;
    const outcome = citationClick(c, select);
    if (outcome.kind === 'selected') return setCiteNote(null);
    if (outcome.kind === 'unavailable') return setCiteNote({ itemId, text: outcome.message });
    setCiteNote({ itemId, text: `“${c.title}” is no longer in this diagram; opening the revision it was cited in…` });
    void bridge
      .flushSave()
      .catch(() => undefined) // the view still opens; it compares with the last saved revision
      .then(() => router.push(outcome.href));
  }, [router, bridge]);

  const lastAssistant = [...state.items].reverse().find((i) => i.type === 'assistant_message');
  const lastUserIndex = state.items.map((i) => i.type).lastIndexOf('user_message');
  const waiting =
    state.streaming && !state.items.slice(lastUserIndex + 1).some((i) => i.type === 'assistant_message');

  return (
    <div className="chat-scroll-wrap">
      <div
        className="chat-scroll"
        ref={scrollRef}
        onScroll={onScroll}
        role="log"
        aria-label="Conversation"
        // Deltas are not announced; AnswerAnnouncer reads each finished answer once.
        aria-live="off"
        aria-busy={state.streaming}
        data-testid="chat-messages"
      >
        <AnswerAnnouncer state={state} />
        <div className="chat-items" ref={contentRef}>
          {state.items.map((item) => {
            if (item.type === 'user_message') {
              return (
                <div key={item.id} className="chat-msg chat-msg-user" data-testid="user-message" data-item-id={item.id}>
                  {item.attachments.length > 0 && (
                    <div className="chat-msg-attachments">
                      {item.attachments.map((a) => (
                        <AttachmentView key={a.id} a={a} onOpen={onOpenImage} />
                      ))}
                    </div>
                  )}
                  {userText(item) && <div className="chat-bubble">{userText(item)}</div>}
                </div>
              );
            }
            if (item.type === 'assistant_message') {
              const text = assistantText(item);
              const pending = state.pending.includes(item.id);
              const isLast = item === lastAssistant;
              const vote = feedback[item.id];
              return (
                <div
                  key={item.id}
                  className={`chat-msg chat-msg-assistant ${pending ? 'is-streaming' : ''}`}
                  data-testid="assistant-message"
                  data-item-id={item.id}
                  data-streaming={pending ? 'true' : 'false'}
                >
                  <Markdown text={text} annotations={item.content.flatMap((c) => c.annotations)} onCite={(c) => cite(item.id, c)} />
                  {citeNote?.itemId === item.id && (
                    <div className="chat-cite-note" role="status" data-testid="citation-note">
                      {citeNote.text}
                      <button type="button" className="chat-icon-btn" aria-label="Dismiss" onClick={() => setCiteNote(null)}>
                        <IconX width={12} height={12} />
                      </button>
                    </div>
                  )}
                  {pending && <span className="chat-caret" aria-hidden />}
                  {!pending && text && (
                    <div className="chat-msg-actions">
                      <CopyButton text={text} />
                      <button
                        type="button"
                        className={`chat-icon-btn ${vote === 'positive' ? 'is-on' : ''}`}
                        aria-label="Good answer"
                        aria-pressed={vote === 'positive'}
                        title="Good answer"
                        onClick={() => onFeedback(item.id, 'positive')}
                      >
                        <IconThumbUp />
                      </button>
                      <button
                        type="button"
                        className={`chat-icon-btn ${vote === 'negative' ? 'is-on' : ''}`}
                        aria-label="Bad answer"
                        aria-pressed={vote === 'negative'}
                        title="Bad answer"
                        onClick={() => onFeedback(item.id, 'negative')}
                      >
                        <IconThumbDown />
                      </button>
                      {isLast && !state.streaming && (
                        <button type="button" className="chat-icon-btn" aria-label="Retry" title="Retry this answer" onClick={onRetry}>
                          <IconRetry />
                        </button>
                      )}
                    </div>
                  )}
                </div>
              );
            }
            if (item.type === 'task' || item.type === 'workflow') return <TaskLine key={item.id} item={item} />;
            if (item.type === 'generated_image' && item.image) {
              return (
                <div key={item.id} className="chat-msg chat-msg-assistant">
                  <img className="chat-generated" src={item.image.url} alt="Generated image" />
                </div>
              );
            }
            if (renderItem) {
              const node = renderItem(item);
              if (node) return <div key={item.id} data-item-id={item.id}>{node}</div>;
            }
            return null;
          })}

          {waiting && (
            <div className="chat-thinking" data-testid="chat-thinking">
              <span className="chat-dots" aria-hidden><i /><i /><i /></span>
              {state.progress?.text ?? 'Thinking…'}
            </div>
          )}
          {!waiting && state.progress && <div className="chat-thinking">{state.progress.text}</div>}

          {state.notices.map((n, i) => (
            <div key={i} className={`chat-notice chat-notice-${n.level}`} role="status">
              {n.title && <strong>{n.title}</strong>}
              <Markdown text={n.message} />
            </div>
          ))}

          {state.error && (
            <div className="chat-error" role="alert" data-testid="chat-error">
              <span>{state.error.message}</span>
              <span className="chat-error-actions">
                {state.error.allowRetry && lastUserIndex !== -1 && (
                  <button type="button" className="btn btn-sm" onClick={onRetry}>
                    <IconRetry /> Try again
                  </button>
                )}
                <button type="button" className="btn btn-sm btn-ghost" onClick={onDismissError}>
                  Dismiss
                </button>
              </span>
            </div>
          )}
        </div>
      </div>
      {!atLatest && (
        <button type="button" className="chat-jump" onClick={jumpToLatest} data-testid="chat-jump-latest">
          ↓ Jump to latest
        </button>
      )}
    </div>
  );
}
