// The offline Diagram Analyst end to end: real /api/chatkit, real database (PGlite or PostgreSQL), diagrams and
// revisions stored through lib/diagrams, a screenshot stored through lib/attachments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiagram, saveRevision } from '@/lib/diagrams';
import { createDiagramAnalyst } from '@/lib/ai/analyst';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { post, streamOf, testChatkitDeps, text } from './chatkit-helpers';
import { assistantOf, fixtureXml, squash, storeScreenshot } from './ai-helpers';

let app: AppServer;
let user: TestUser;

beforeAll(async () => {
  app = await startAppServer({ chatkit: testChatkitDeps({ respond: createDiagramAnalyst({ delayMs: 0 }) }).make });
  user = await makeUser();
});
afterAll(async () => {
  await app.close();
});

async function ask(threadId: string | null, question: string, diagramId: string, attachments: string[] = []) {
  const input = { ...text(question), attachments };
  const body = threadId
    ? { type: 'threads.add_user_message', params: { thread_id: threadId, input }, metadata: { diagram_id: diagramId } }
    : { type: 'threads.create', params: { input }, metadata: { diagram_id: diagramId } };
  const events = await streamOf(await post(app, user, body));
  const created = events.find((e) => e.type === 'thread.created');
  return { threadId: threadId ?? (created as { thread: { id: string } }).thread.id, events, ...assistantOf(events) };
}

describe('offline Diagram Analyst over /api/chatkit', () => {
  it('answers "how many tasks" with the right number, streamed word by word in protocol order', async () => {
    const diagram = await createDiagram(user.id, { name: 'Order fulfilment', xml: fixtureXml('order-fulfilment') });
    const shot = await storeScreenshot(user.id, 1250, 540);
    const r = await ask(null, 'how many tasks are in my diagram?', diagram.id, [shot.id]);
    expect(r.text).toMatch(/^There are \*\*5 tasks\*\*/);
    expect(r.deltas).toBe(r.text);
    expect(squash(r.order)).toEqual(['thread.item.added', 'added', 'text_delta', 'done', 'thread.item.done']);
    expect(r.order.filter((o) => o === 'text_delta').length).toBeGreaterThan(10);

    // Same thread: the image it was sent with, what follows a task, and nothing changed yet.
    const img = await ask(r.threadId, 'what is this image?', diagram.id, [(await storeScreenshot(user.id, 1250, 540, 'again.png')).id]);
    expect(img.text).toMatch(/\*\*again\.png\*\* is a PNG image, 1250×540 pixels, .* It was sent with the current revision of \*\*Order fulfilment\*\* and its aspect ratio \(2\.31\) matches/);
    const next = await ask(r.threadId, 'What happens after Check order?', diagram.id);
    expect(next.text).toContain('After **Check order** (`Task_CheckOrder`) comes **Order valid?** (`Gateway_OrderValid`)');
    const same = await ask(r.threadId, 'what changed since you last looked?', diagram.id);
    expect(same.text).toBe('Nothing changed in **Order fulfilment** since I last looked.');

    // The user edits the diagram (new revision); the analyst compares with the revision it last answered about.
    const edited = fixtureXml('order-fulfilment').replace('name="Check order"', 'name="Verify order"');
    await saveRevision(user.id, diagram.id, edited);
    const changed = await ask(r.threadId, 'what changed since you last looked?', diagram.id);
    expect(changed.text).toBe('Since I last looked at **Order fulfilment**:\n- Renamed `Task_CheckOrder` from "Check order" to "Verify order"');
    const old = await ask(r.threadId, 'what is in the picture I sent first?', diagram.id);
    expect(old.text).toContain('sent with an earlier revision');
  });

  it('finds the unreachable task, the dead end and the lint findings in the claim diagram', async () => {
    const diagram = await createDiagram(user.id, { name: 'Claims', xml: fixtureXml('insurance-claim') });
    const r = await ask(null, 'Is anything wrong with my diagram?', diagram.id);
    // The total is the modeler toolbar's: bpmnlint's recommended rules, each finding once.
    expect(r.text).toMatch(/^I found 4 problems \(2 errors, 2 warnings\), as the modeler's toolbar counts them:/);
    expect(r.text).toContain('**Archive claim** (`Task_ArchiveClaim`): Element is an implicit start (bpmnlint `no-implicit-start`, error)');
    expect(r.text).toContain('**Notify broker** (`Task_NotifyBroker`): Element is an implicit end (bpmnlint `no-implicit-end`, error)');
    const unreachable = await ask(r.threadId, 'which elements can never be reached?', diagram.id);
    expect(unreachable.text).toContain('can never be reached from a start event: **Archive claim** (`Task_ArchiveClaim`)');
    const paths = await ask(r.threadId, 'list the paths from start to end', diagram.id);
    expect(paths.text).toContain('3 paths from start to end');
    const counts = await ask(r.threadId, 'how many gateways and lanes?', diagram.id);
    expect(counts.text).toBe('There are **2 gateways** (1 of them inside **Assess claim** (`SubProcess_Assess`)): **Documents complete?** (`Gateway_Complete`), **Approved?** (`Gateway_Approved`).\nThere are **0 lanes**.');
  });

  it('says when a question needs a language model, and when there is no diagram', async () => {
    const diagram = await createDiagram(user.id, { name: 'Leave', xml: fixtureXml('leave-request-v1') });
    const r = await ask(null, 'Translate my process into French poetry', diagram.id);
    expect(r.text).toMatch(/^Writing or translating text needs a language model/);
    expect(r.text).not.toMatch(/OPENAI|API_KEY|BASE_URL/);
    // German and Japanese questions get answers in their language, names intact.
    const de = await ask(r.threadId, 'Wie viele Aufgaben gibt es?', diagram.id);
    expect(de.text).toMatch(/^Es gibt \*\*2 Aufgaben\*\*/);
    const ja = await ask(r.threadId, 'タスクはいくつありますか？', diagram.id);
    expect(ja.text).toMatch(/^\*\*タスク 2個\*\*あります/);
    const events = await streamOf(await post(app, user, { type: 'threads.create', params: { input: text('how many tasks?') } }));
    expect(assistantOf(events).text).toMatch(/^No diagram is attached/);
  });

  it('never answers from another user\'s diagram', async () => {
    const other = await makeUser();
    const theirs = await createDiagram(other.id, { name: 'Secret', xml: fixtureXml('order-fulfilment') });
    const res = await post(app, user, { type: 'threads.create', params: { input: text('summarise') }, metadata: { diagram_id: theirs.id } });
    // The store refuses a diagram that is not the user's before any stream opens: the same 404 as a missing one.
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(JSON.parse(body).error).toMatchObject({ code: 'notFound', message: 'Diagram not found' });
    expect(body).not.toContain('Check order');
  });
});
