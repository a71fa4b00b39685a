// A conversation rendered like the chat, read-only: bubbles, Markdown answers, inline images, file chips,
// attachment activity (task items), feedback marks, and a link to the diagram revision of each user message.
import Link from 'next/link';
import type { Transcript, TranscriptItem } from '@/lib/admin/transcript';
import { Markdown } from './markdown';
import { fmtDateTime } from './format';

type Content = { type?: string; text?: string };

function contentText(item: TranscriptItem, kind: 'input_text' | 'output_text'): string {
  const content = item.payload.content;
  if (!Array.isArray(content)) return item.text;
  const parts = (content as Content[]).filter((c) => c?.type === kind).map((c) => c.text ?? '');
  return parts.length ? parts.join('\n\n') : item.text;
}

function tags(item: TranscriptItem): string[] {
  const content = item.payload.content;
  if (!Array.isArray(content)) return [];
  return (content as Content[]).filter((c) => c?.type === 'input_tag').map((c) => c.text ?? '');
}

function FeedbackMarks({ item }: { item: TranscriptItem }) {
  return (
    <>
      {item.feedback.map((f, i) => (
        <span key={i} className={`fb-mark ${f.kind}`} data-testid={`feedback-${f.kind}`}>
          {f.kind === 'negative' ? '▼ Thumbs down' : '▲ Thumbs up'}
        </span>
      ))}
    </>
  );
}

function UserMessage({ item, threadId }: { item: TranscriptItem; threadId: string }) {
  const images = item.attachments.filter((a) => a.kind === 'image');
  const files = item.attachments.filter((a) => a.kind !== 'image' || !a.previewUrl);
  return (
    <div className="msg msg-user" data-testid="msg-user" id={item.id}>
      {images.some((a) => a.previewUrl) && (
        <div className="msg-images">
          {images.filter((a) => a.previewUrl).map((a) => (
            <a key={a.id} href={a.previewUrl!} target="_blank" rel="noopener noreferrer">
              {/* eslint-disable-next-line @next/next/no-img-element -- signed, expiring URLs from the attachments module */}
              <img src={a.previewUrl!} alt={a.name} data-testid="transcript-image" />
            </a>
          ))}
        </div>
      )}
      {files.length > 0 && (
        <div className="msg-images">
          {files.map((a) => (
            <span key={a.id} className="chip" data-testid="attachment-chip" title={a.mimeType}>
              {a.name}
            </span>
          ))}
        </div>
      )}
      <div className="msg-bubble">
        {tags(item).map((t, i) => (
          <span key={i} className="chip" style={{ marginRight: 6 }}>
            #{t}
          </span>
        ))}
        {contentText(item, 'input_text')}
      </div>
      <div className="msg-meta">
        <span>{fmtDateTime(item.createdAt)}</span>
        {item.diagramRevisionId ? (
          <Link href={`/admin/revisions/${item.diagramRevisionId}?conversation=${threadId}`} data-testid="revision-link">
            Diagram as sent ↗
          </Link>
        ) : (
          <span>no diagram</span>
        )}
      </div>
    </div>
  );
}

function AssistantMessage({ item }: { item: TranscriptItem }) {
  const negative = item.feedback.some((f) => f.kind === 'negative');
  return (
    <div className={`msg msg-assistant${negative ? ' has-negative' : ''}`} data-testid="msg-assistant" id={item.id}>
      <div className="msg-bubble">
        <Markdown text={contentText(item, 'output_text')} />
      </div>
      <div className="msg-meta">
        <span>{fmtDateTime(item.createdAt)}</span>
        <FeedbackMarks item={item} />
      </div>
    </div>
  );
}

function TaskLine({ item }: { item: TranscriptItem }) {
  const task = (item.payload.task ?? {}) as { title?: string; content?: string; type?: string; status_indicator?: string };
  const workflow = item.payload.workflow as { tasks?: { title?: string }[] } | undefined;
  const label =
    item.type === 'workflow'
      ? `Workflow: ${(workflow?.tasks ?? []).map((t) => t.title).filter(Boolean).join(' · ') || 'steps'}`
      : task.title || task.content || item.text || 'Activity';
  return (
    <div className="msg-task" data-testid="msg-task">
      <span>{label}</span>
      <span className="muted">· {fmtDateTime(item.createdAt)}</span>
    </div>
  );
}

export function TranscriptView({ transcript }: { transcript: Transcript }) {
  const items = transcript.items.filter((i) => i.type !== 'end_of_turn');
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <h3>No messages</h3>
        <p>This conversation has no visible items.</p>
      </div>
    );
  }
  return (
    <div className="transcript" data-testid="transcript">
      {items.map((item) => {
        if (item.type === 'user_message') return <UserMessage key={item.id} item={item} threadId={transcript.thread.id} />;
        if (item.type === 'assistant_message') return <AssistantMessage key={item.id} item={item} />;
        if (item.type === 'task' || item.type === 'workflow') return <TaskLine key={item.id} item={item} />;
        return (
          <div key={item.id} className="msg-task">
            <span className="muted">{item.type.replace(/_/g, ' ')}</span>
            {item.text && <span>{item.text.slice(0, 200)}</span>}
          </div>
        );
      })}
    </div>
  );
}
