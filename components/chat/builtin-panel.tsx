'use client';
// The built-in chat panel: a React client for our /api/chatkit protocol (same features as the ChatKit element,
// works offline). State of the open thread lives in the pure reducer from lib/chatkit/client-reducer.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { isAbortError } from '@/lib/api-error';
import { createChatKitClient, loadWholeThread } from '@/lib/chatkit/client';
import { chatReducer, emptyChatState, OPTIMISTIC_PREFIX } from '@/lib/chatkit/client-reducer';
import type { Attachment, ClientToolCallItem, Thread, ThreadItem, ThreadStreamEvent, UserMessageItem } from '@/lib/chatkit/types';
import { acceptAttribute, IMAGE_MIME_TYPES, SUGGESTED_QUESTIONS, type ChatUiConfig } from './chat-config';
import { Composer } from './composer';
import { IconHistory, IconPlus, IconSparkle, IconX } from './icons';
import { MessageList } from './message-list';
import { useModelerBridge } from '@/components/modeler/bridge-context';
import { contentWithMentions } from './mentions';
import { ThreadHistory, threadTitle } from './thread-history';
import { useComposerAttachments } from './use-composer-attachments';
import { useThreads } from './use-threads';
import { ClientToolCard, type ProposalResult } from './proposal-card';
import { runClientEffect } from './client-effects';
import { SelectionChips, useCanvasSelection } from './selection-chips';
import { readLastThread, writeLastThread } from './last-thread';

type Props = { diagramId: string | null; diagramName: string; config: ChatUiConfig; notice?: string | null };

const NOTICE_KEY = 'procmod.chat.notice.dismissed';
function readDismissed(): string | null {
  try {
    return window.localStorage.getItem(NOTICE_KEY);
  } catch {
    return null;
  }
}
function writeDismissed(text: string) {
  try {
    window.localStorage.setItem(NOTICE_KEY, text);
  } catch {
    // storage disabled: the notice comes back next time
  }
}

export function BuiltinChatPanel({ diagramId, diagramName, config, notice }: Props) {
  const diagramRef = useRef(diagramId);
  diagramRef.current = diagramId;
  const bridge = useModelerBridge();
  // Canvas selection goes with every request as metadata.selection, so "this" or "it" in a message means the selection.
  const canvasSelection = useCanvasSelection();
  const selectionRef = useRef<string[]>([]);
  selectionRef.current = canvasSelection.elements.map((e) => e.id);
  const client = useMemo(
    () =>
      createChatKitClient({
        url: config.apiUrl,
        metadata: () => ({
          ...(diagramRef.current ? { diagram_id: diagramRef.current } : {}),
          ...(selectionRef.current.length ? { selection: selectionRef.current } : {}),
        }),
      }),
    [config.apiUrl],
  );

  const [state, dispatch] = useReducer(chatReducer, emptyChatState);
  const [threadId, setThreadIdState] = useState<string | null>(null);
  const [loadingThread, setLoadingThread] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [text, setText] = useState('');
  // Which element the user picked for a name several elements share (filled by the composer's @-popup).
  const mentionChoices = useRef(new Map<string, string>()).current;
  const [historyOpen, setHistoryOpen] = useState(false);
  const [feedback, setFeedback] = useState<Record<string, 'positive' | 'negative'>>({});
  const [dragging, setDragging] = useState(false);
  const [lightbox, setLightbox] = useState<Attachment | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [noticeVisible, setNoticeVisible] = useState(true);
  // A dismissed notice stays dismissed (per browser) until its text changes.
  useEffect(() => {
    if (notice && readDismissed() === notice) setNoticeVisible(false);
  }, [notice]);
  const [sendPending, setSendPending] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  // The open thread, readable synchronously from async callbacks (a response can arrive before the re-render).
  const threadIdRef = useRef<string | null>(null);
  const setThreadId = useCallback((id: string | null) => {
    threadIdRef.current = id;
    setThreadIdState(id);
  }, []);

  const threads = useThreads(client, diagramId);
  const uploads = useComposerAttachments(client);

  const loadSeq = useRef(0);
  const openThread = useCallback(
    async (id: string | null) => {
      const mine = ++loadSeq.current;
      abortRef.current?.abort();
      setThreadId(id);
      setLoadError(null);
      setFeedback({});
      writeLastThread(diagramRef.current, id);
      if (!id) {
        setLoadingThread(false);
        dispatch({ type: 'load', thread: null, items: [] });
        return;
      }
      setLoadingThread(true);
      try {
        const { thread, items } = await loadWholeThread(client, id);
        if (mine !== loadSeq.current) return;
        const { items: _page, ...info } = thread;
        dispatch({ type: 'load', thread: info, items });
      } catch (e) {
        if (mine !== loadSeq.current) return;
        // A remembered thread that is gone (deleted elsewhere) just means a fresh start.
        if ((e as { status?: number }).status === 404) {
          writeLastThread(diagramRef.current, null);
          setThreadId(null);
          dispatch({ type: 'load', thread: null, items: [] });
        } else setLoadError(e instanceof Error ? e.message : 'Could not open the conversation.');
      } finally {
        if (mine === loadSeq.current) setLoadingThread(false);
      }
    },
    [client, setThreadId],
  );

  // Each diagram remembers the conversation that was open on it.
  useEffect(() => {
    void openThread(readLastThread(diagramId));
  }, [diagramId, openThread]);

  const runStream = useCallback(
    async (events: (signal: AbortSignal) => AsyncGenerator<ThreadStreamEvent>, onFirstEvent?: () => void) => {
      const ctl = new AbortController();
      abortRef.current = ctl;
      dispatch({ type: 'stream.start' });
      let first = true;
      try {
        for await (const event of events(ctl.signal)) {
          if (first) {
            first = false;
            onFirstEvent?.();
          }
          dispatch({ type: 'event', event });
          if (event.type === 'thread.created') {
            setThreadId(event.thread.id);
            writeLastThread(diagramRef.current, event.thread.id);
            threads.upsertLocal(event.thread, { created: true });
          } else if (event.type === 'thread.updated') {
            threads.upsertLocal(event.thread);
          } else if (event.type === 'client_effect') {
            runClientEffect(event.name, event.data, diagramRef.current);
          }
        }
        dispatch({ type: 'stream.end' });
        return true;
      } catch (e) {
        if (isAbortError(e) || ctl.signal.aborted) {
          dispatch({ type: 'stream.end' });
          return !first;
        }
        dispatch({ type: 'fail', error: { message: e instanceof Error ? e.message : 'Sending failed.', allowRetry: false } });
        return !first;
      } finally {
        if (abortRef.current === ctl) abortRef.current = null;
      }
    },
    [threads, setThreadId],
  );

  const send = useCallback(
    async (override?: string) => {
      const value = (override ?? text).trim();
      const attachments = uploads.ready;
      if (state.streaming) return;
      // A failed upload stays in the composer with its reason; never send the question without it.
      if (uploads.failed) return;
      if (uploads.uploading) {
        if (override === undefined) setSendPending(true);
        return;
      }
      setSendPending(false);
      if (!value && attachments.length === 0) return;
      const sentFiles = uploads.files.filter((f) => f.status === 'ready');
      // `@Name` of an element of the open diagram becomes an element tag (the responder gets its id).
      const content = value ? contentWithMentions(value, bridge.listElements(), mentionChoices) : [];
      setText('');
      uploads.clear();
      const optimistic: UserMessageItem = {
        id: `${OPTIMISTIC_PREFIX}${Date.now()}`,
        thread_id: threadId ?? '',
        created_at: new Date().toISOString(),
        type: 'user_message',
        content,
        attachments,
        inference_options: {},
      };
      dispatch({ type: 'optimistic', item: optimistic });
      // Save the diagram first so the server stores this message against the revision on screen.
      await bridge.flushSave().catch(() => {});
      const input = { ...client.input(value, attachments.map((a) => a.id)), content };
      const current = threadIdRef.current;
      const started = await runStream((signal) =>
        current
          ? client.addUserMessage(current, input, signal)
          : client.createThread(input, diagramRef.current ? { diagram_id: diagramRef.current } : undefined, signal),
      );
      if (!started) {
        // Refused before anything was stored: give the user their message back.
        setText((now) => now || value);
        uploads.restore(sentFiles);
      }
      setFocusKey((k) => k + 1);
    },
    [text, uploads, state.streaming, threadId, client, runStream, bridge],
  );

  // Enter pressed while files were uploading: send once they are all done, unless one failed.
  useEffect(() => {
    if (!sendPending || uploads.uploading) return;
    if (uploads.files.some((f) => f.status === 'error')) setSendPending(false);
    else void send();
  }, [sendPending, uploads.uploading, uploads.files, send]);

  const retry = useCallback(async () => {
    const id = threadIdRef.current;
    if (!id || state.streaming) return;
    const lastUser = [...state.items].reverse().find((i) => i.type === 'user_message' && !i.id.startsWith(OPTIMISTIC_PREFIX));
    if (!lastUser) return;
    dispatch({ type: 'truncate.after', itemId: lastUser.id });
    await runStream((signal) => client.retryAfterItem(id, lastUser.id, signal));
  }, [state.streaming, state.items, client, runStream]);

  const stop = useCallback(() => abortRef.current?.abort(), []);

  // A proposal card finished (applied or discarded): record it locally and hand the outcome to the server.
  const completeTool = useCallback(
    async (item: ClientToolCallItem, result: ProposalResult) => {
      const id = threadIdRef.current;
      if (!id) return;
      dispatch({ type: 'event', event: { type: 'thread.item.replaced', item: { ...item, status: 'completed', output: result } } });
      await runStream((signal) => client.stream({ type: 'threads.add_client_tool_output', params: { thread_id: id, result } }, signal));
    },
    [client, runStream],
  );
  // Only the newest pending call with nothing said after it can still be answered (the server checks the same).
  const lastItem = [...state.items].reverse().find((i) => i.type !== 'end_of_turn');
  const newestPendingTool = lastItem?.type === 'client_tool_call' && lastItem.status === 'pending' ? lastItem.id : null;
  const renderItem = (item: ThreadItem) =>
    item.type === 'client_tool_call' ? (
      <ClientToolCard
        name={item.name}
        args={item.arguments}
        status={item.status}
        output={item.output}
        active={item.id === newestPendingTool && !state.streaming}
        diagramId={diagramId}
        onDone={(result) => completeTool(item, result)}
      />
    ) : null;

  const vote = useCallback(
    async (itemId: string, kind: 'positive' | 'negative') => {
      const id = threadIdRef.current;
      if (!id) return;
      const before = feedback[itemId];
      setFeedback((f) => ({ ...f, [itemId]: kind }));
      try {
        await client.feedback(id, [itemId], kind);
      } catch (e) {
        setFeedback((f) => {
          const next = { ...f };
          if (before) next[itemId] = before;
          else delete next[itemId];
          return next;
        });
        dispatch({ type: 'fail', error: { message: e instanceof Error ? e.message : 'Feedback was not saved.', allowRetry: false } });
      }
    },
    [client, feedback],
  );

  // Esc stops a running answer (and closes overlays) anywhere in the panel.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    if (lightbox) setLightbox(null);
    else if (state.streaming) stop();
    else if (historyOpen) setHistoryOpen(false);
  };

  // Screenshots from the modeler arrive as files for the composer (queued by the bridge if sent before this
  // panel was ready). Typed text stays; the composer gets the focus.
  const addUploads = uploads.add;
  useEffect(
    () =>
      bridge.onComposerFiles((files) => {
        addUploads(files);
        setHistoryOpen(false);
        setFocusKey((k) => k + 1);
      }),
    [bridge, addUploads],
  );

  const accept = acceptAttribute(config);
  const empty = !loadingThread && state.items.length === 0 && !state.streaming;
  const title = state.thread ? threadTitle(state.thread) : 'New conversation';

  return (
    <section
      className={`chat-panel ${dragging ? 'is-dragging' : ''}`}
      aria-label="Chat"
      data-testid="chat-panel"
      data-chat-ui="builtin"
      data-thread-id={threadId ?? ''}
      data-loading={loadingThread ? 'true' : 'false'}
      onKeyDown={onKeyDown}
      onDragEnter={(e) => {
        if (e.dataTransfer.types.includes('Files')) setDragging(true);
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return;
        e.preventDefault();
        setDragging(false);
        uploads.add(Array.from(e.dataTransfer.files));
      }}
    >
      <header className="chat-head">
        <button
          type="button"
          className={`chat-icon-btn ${historyOpen ? 'is-on' : ''}`}
          aria-label="Conversations"
          aria-expanded={historyOpen}
          title="Conversations"
          onClick={() => {
            setHistoryOpen((o) => !o);
            if (!historyOpen) void threads.refresh();
          }}
          data-testid="chat-history-toggle"
        >
          <IconHistory />
        </button>
        <div className="chat-head-title">
          <span className="chat-head-name" data-testid="chat-title">{title}</span>
          <span className="chat-head-sub">{diagramName ? `About ${diagramName}` : 'Assistant'}</span>
        </div>
        <button
          type="button"
          className="chat-icon-btn"
          aria-label="New conversation"
          title="New conversation"
          onClick={() => {
            setHistoryOpen(false);
            void openThread(null);
            setFocusKey((k) => k + 1);
          }}
          data-testid="chat-new"
        >
          <IconPlus />
        </button>
      </header>

      {notice && noticeVisible && (
        <div className="chat-fallback-note" data-testid="chat-fallback-note">
          <span>{notice}</span>
          <button type="button" className="chat-icon-btn" aria-label="Dismiss" onClick={() => {
              setNoticeVisible(false);
              if (notice) writeDismissed(notice);
            }}>
            <IconX width={12} height={12} />
          </button>
        </div>
      )}

      <div className="chat-body">
        {historyOpen && (
          <ThreadHistory
            threads={threads.threads}
            mineIds={threads.mine}
            loading={threads.loading}
            error={threads.error}
            hasMore={threads.hasMore}
            onMore={() => void threads.more()}
            currentId={threadId}
            diagramId={diagramId}
            diagramName={diagramName}
            onSelect={(id) => {
              setHistoryOpen(false);
              void openThread(id);
            }}
            onNew={() => {
              setHistoryOpen(false);
              void openThread(null);
            }}
            onRename={async (id, t) => {
              await threads.rename(id, t);
              if (id === threadIdRef.current) dispatch({ type: 'thread.renamed', title: t });
            }}
            onDelete={async (id) => {
              await threads.remove(id);
              if (id === threadIdRef.current) void openThread(null);
            }}
            onClose={() => setHistoryOpen(false)}
          />
        )}

        {loadError ? (
          <div className="chat-center">
            <div className="alert alert-error">{loadError}</div>
            <button type="button" className="btn" onClick={() => void openThread(threadId)}>
              Try again
            </button>
          </div>
        ) : loadingThread && state.items.length === 0 ? (
          <div className="chat-skeleton" aria-busy aria-label="Loading conversation">
            <span className="sk sk-right" />
            <span className="sk sk-left" />
            <span className="sk sk-left sk-short" />
          </div>
        ) : empty ? (
          <div className="chat-empty" data-testid="chat-empty">
            <div className="chat-empty-icon"><IconSparkle width={22} height={22} /></div>
            <h3>Ask about {diagramName ? <em>{diagramName}</em> : 'your diagram'}</h3>
            <p>The assistant reads the current diagram, its problems and any image you attach.</p>
            <div className="chat-suggestions">
              {SUGGESTED_QUESTIONS.map((q) => (
                <button key={q} type="button" className="chat-suggestion" onClick={() => void send(q)}>
                  {q}
                </button>
              ))}
            </div>
          </div>
        ) : (
          <MessageList
            state={state}
            feedback={feedback}
            onFeedback={(id, kind) => void vote(id, kind)}
            onRetry={() => void retry()}
            onDismissError={() => dispatch({ type: 'dismiss.error' })}
            onOpenImage={setLightbox}
            renderItem={renderItem}
          />
        )}
        {empty && state.error && (
          <div className="chat-error chat-error-floating" role="alert" data-testid="chat-error">
            <span>{state.error.message}</span>
          </div>
        )}
      </div>

      <SelectionChips elements={canvasSelection.elements} onRemove={canvasSelection.remove} />
      <Composer
        value={text}
        onChange={setText}
        files={uploads.files}
        onAddFiles={uploads.add}
        onRemoveFile={uploads.remove}
        onRetryFile={uploads.retry}
        onSend={() => void send()}
        onStop={stop}
        streaming={state.streaming}
        canStop={state.streaming}
        busy={state.streaming || loadingThread}
        uploading={uploads.uploading}
        sendPending={sendPending}
        accept={accept}
        placeholder={diagramName ? `Ask about ${diagramName}…` : 'Ask about your diagram…'}
        disabledReason={state.thread?.status.type === 'locked' ? state.thread.status.reason ?? 'This conversation is locked.' : undefined}
        focusKey={focusKey}
        mentionChoices={mentionChoices}
      />

      {dragging && (
        <div className="chat-drop" aria-hidden>
          <div>Drop images or files to attach</div>
        </div>
      )}
      {lightbox && lightbox.type === 'image' && (
        <div className="chat-lightbox" role="dialog" aria-label={lightbox.name} onClick={() => setLightbox(null)}>
          <img src={lightbox.preview_url} alt={lightbox.name} />
          <div className="chat-lightbox-name">{lightbox.name}</div>
        </div>
      )}
    </section>
  );
}

export type { Thread };
