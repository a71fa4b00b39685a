// The context builder against the real database and attachment storage: conversation, the revision the
// message was sent with, changes since the last answer, and every attachment in the form a model can take.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDiagram, saveRevision } from '@/lib/diagrams';
import { prismaStore, addThreadItem } from '@/lib/store';
import { acceptUpload, bufferChunks } from '@/lib/attachments/pipeline';
import { readAttachmentForModel } from '@/lib/attachments/read';
import { buildTurnContext } from '@/lib/ai/context';
import type { RespondContext } from '@/lib/ai/responder';
import type { Attachment, ThreadItem, UserMessageItem } from '@/lib/chatkit/types';
import { newId } from '@/lib/ids';
import { makeUser, type TestUser } from '../support/users';
import { fixtureXml, storeScreenshot } from './ai-helpers';

let user: TestUser;
let other: TestUser;

beforeAll(async () => {
  user = await makeUser();
  other = await makeUser();
});

async function storeFile(userId: string, name: string, mime: string, bytes: Buffer) {
  return (await acceptUpload({ userId, source: 'multipart' }, { chunks: bufferChunks(bytes), name, mime })).row.id;
}

const now = () => new Date().toISOString();
const wire = (id: string, name: string, type: 'image' | 'file', mime: string): Attachment =>
  type === 'image' ? { type, id, name, mime_type: mime, preview_url: 'https://example.invalid/never-sent' } : { type, id, name, mime_type: mime };
const userMessage = (threadId: string, textValue: string, attachments: Attachment[] = []): UserMessageItem => ({
  type: 'user_message', id: newId('msg'), thread_id: threadId, created_at: now(), content: [{ type: 'input_text', text: textValue }], attachments, inference_options: {},
});

describe('buildTurnContext', () => {
  it('gathers history, the message\'s revision, changes since the last answer and every attachment as model input', async () => {
    const diagram = await createDiagram(user.id, { name: 'Orders', xml: fixtureXml('order-fulfilment') });
    const thread = await prismaStore.createThread(user.id, { metadata: { diagram_id: diagram.id } });
    const shot = await storeScreenshot(user.id, 1250, 540, 'shot.png');
    const md = await storeFile(user.id, 'notes.md', 'text/markdown', Buffer.from('# Notes\nShip within 2 days.'));
    const pdf = await storeFile(user.id, 'policy.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'));
    const csv = await storeFile(user.id, 'volumes.csv', 'text/csv', Buffer.from('day,orders\nmon,12\n'.repeat(2000)));
    const foreign = await storeFile(other.id, 'theirs.txt', 'text/plain', Buffer.from('secret of another user'));

    const first = userMessage(thread.id, 'Look at this', [wire(shot.id, 'shot.png', 'image', 'image/png'), wire(md, 'notes.md', 'file', 'text/markdown'), wire(pdf, 'policy.pdf', 'file', 'application/pdf')]);
    await addThreadItem(user.id, thread.id, first, { diagramId: diagram.id });
    const answer: ThreadItem = { type: 'assistant_message', id: newId('msg'), thread_id: thread.id, created_at: now(), content: [{ type: 'output_text', text: 'It has 5 tasks.', annotations: [] }] };
    await addThreadItem(user.id, thread.id, answer);
    const hidden: ThreadItem = { type: 'sdk_hidden_context', id: newId('msg'), thread_id: thread.id, created_at: now(), content: 'The user cancelled the stream.' };
    await addThreadItem(user.id, thread.id, hidden);

    const v2 = fixtureXml('order-fulfilment').replace('name="Pack goods"', 'name="Pack parcel"');
    const { revision: rev2 } = await saveRevision(user.id, diagram.id, v2);
    const current = userMessage(thread.id, 'And now?', [wire(csv, 'volumes.csv', 'file', 'text/csv'), wire(foreign, 'theirs.txt', 'file', 'text/plain')]);
    await addThreadItem(user.id, thread.id, current, { diagramId: diagram.id });

    const ctx: RespondContext = {
      userId: user.id,
      threadMetadata: { diagram_id: diagram.id },
      requestMetadata: {},
      loadItems: () => prismaStore.loadAllItems(user.id, thread.id),
      newItemId: () => newId('msg'),
    };
    const turn = await buildTurnContext(await prismaStore.loadThread(user.id, thread.id), current, ctx, { textBudget: 1000, xmlBudget: 4000 });

    expect(turn.question).toBe('And now?');
    // History comes through the one converter: attachments stay references until the prompt decides.
    expect(turn.history).toEqual([
      { kind: 'message', role: 'user', itemId: first.id, content: [
        { type: 'text', text: 'Look at this' },
        { type: 'attachment', attachmentId: shot.id, name: 'shot.png' },
        { type: 'attachment', attachmentId: md, name: 'notes.md' },
        { type: 'attachment', attachmentId: pdf, name: 'policy.pdf' },
      ] },
      { kind: 'message', role: 'assistant', itemId: answer.id, text: 'It has 5 tasks.' },
      { kind: 'context', itemId: hidden.id, text: 'The user cancelled the stream.' },
    ]);
    const d = turn.diagram!;
    expect(d.revisionId).toBe(rev2.id);
    expect(d.previousRevisionId).not.toBe(rev2.id);
    expect(d.changes!.lines).toEqual(['Renamed `Task_PackGoods` from "Pack goods" to "Pack parcel"']);
    expect(d.xmlForModel).not.toContain('bpmndi:');
    expect(d.xmlTrimmed).toBe(true);
    expect(d.elementList).toContain('- user task "Pack parcel" (Task_PackGoods) [lane Warehouse] → Gateway_Join');
    expect(d.analysis!.lint).toEqual([]);

    const byName = Object.fromEntries(turn.attachments.map((a) => [a.name, a]));
    const png = await readAttachmentForModel(user.id, shot.id);
    expect(byName['shot.png']).toMatchObject({ kind: 'image', width: 1250, height: 540, dataUrl: `data:image/png;base64,${png.bytes.toString('base64')}`, messageId: first.id });
    expect(byName['notes.md']).toMatchObject({ kind: 'text', text: '# Notes\nShip within 2 days.', truncated: false });
    expect(byName['policy.pdf']).toMatchObject({ kind: 'pdf' });
    expect((byName['policy.pdf'] as { dataUrl: string }).dataUrl).toMatch(/^data:application\/pdf;base64,JVBERi0xLjQ/);
    expect(byName['volumes.csv']).toMatchObject({ kind: 'text', truncated: true });
    expect((byName['volumes.csv'] as { text: string }).text).toHaveLength(1000);
    // Another user's attachment id in a message is never read; it is named as unavailable instead.
    expect(byName['theirs.txt']).toBeUndefined();
    expect(turn.skipped).toEqual([{ attachmentId: foreign, name: 'theirs.txt', reason: 'it is no longer available in storage' }]);
    expect(JSON.stringify(turn)).not.toContain('secret of another user');
    expect(JSON.stringify(turn.attachments)).not.toContain('example.invalid');
    expect(turn.currentAttachmentIds).toEqual([csv, foreign]);
  });

  it('uses the latest revision when the message has none, and no diagram when the thread has none', async () => {
    const diagram = await createDiagram(user.id, { name: 'Leave', xml: fixtureXml('leave-request-v1') });
    const thread = await prismaStore.createThread(user.id, { metadata: {} });
    const msg = userMessage(thread.id, 'hi');
    await addThreadItem(user.id, thread.id, msg);
    const ctx = (requestMetadata: Record<string, unknown>): RespondContext => ({
      userId: user.id, threadMetadata: {}, requestMetadata, loadItems: () => prismaStore.loadAllItems(user.id, thread.id), newItemId: () => newId('msg'),
    });
    const t = await prismaStore.loadThread(user.id, thread.id);
    expect((await buildTurnContext(t, msg, ctx({}))).diagram).toBeNull();
    const withDiagram = await buildTurnContext(t, msg, ctx({ diagram_id: diagram.id }));
    expect(withDiagram.diagram!.name).toBe('Leave');
    expect(withDiagram.diagram!.xmlTrimmed).toBe(false);
    // Someone else's diagram id in the request is ignored, not read.
    const theirs = await createDiagram(other.id, { name: 'Theirs', xml: fixtureXml('insurance-claim') });
    expect((await buildTurnContext(t, msg, ctx({ diagram_id: theirs.id }))).diagram).toBeNull();
  });
});
