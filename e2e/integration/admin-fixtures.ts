// Conversations written straight into the database for the admin tests (same shapes the ChatKit store writes).
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { newId } from '@/lib/ids';
import type { Prisma } from '@/lib/generated/prisma/client';

export const SAMPLE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="false"><bpmn:startEvent id="Start_1" name="Order received" /></bpmn:process>
  <bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="P1" bpmnElement="Process_1">
    <bpmndi:BPMNShape id="Start_1_di" bpmnElement="Start_1"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

export type Turn = { user: string; answer: string; feedback?: 'positive' | 'negative'; image?: string };

export type Seeded = { threadId: string; diagramId: string; revisionId: string; itemIds: string[]; answerIds: string[] };

export async function seedConversation(
  userId: string,
  opts: { title?: string; diagramName?: string; turns: Turn[]; at?: Date },
): Promise<Seeded> {
  const at = opts.at ?? new Date();
  const diagramId = newId('dgm');
  const revisionId = newId('rev');
  await db().diagram.create({ data: { id: diagramId, userId, name: opts.diagramName ?? 'Order handling' } });
  await db().diagramRevision.create({
    data: { id: revisionId, diagramId, xml: SAMPLE_XML, sha256: createHash('sha256').update(SAMPLE_XML).digest('hex') },
  });
  const threadId = newId('thr');
  await db().thread.create({
    data: { id: threadId, userId, diagramId, title: opts.title ?? 'A conversation', createdAt: at, updatedAt: at, metadata: { diagram_id: diagramId } },
  });
  const itemIds: string[] = [];
  const answerIds: string[] = [];
  let t = at.getTime();
  for (const turn of opts.turns) {
    const attachments: Prisma.InputJsonValue[] = [];
    if (turn.image) {
      const atc = newId('atc');
      await db().attachment.create({
        data: {
          id: atc, userId, threadId, status: 'ready', kind: 'image', mime: 'image/png', size: 1234, storageKey: `k/${atc}`,
          name: turn.image, source: 'screenshot', width: 10, height: 10, createdAt: new Date(t),
        },
      });
      attachments.push({ type: 'image', id: atc, name: turn.image, mime_type: 'image/png', preview_url: `http://example.invalid/${atc}` });
    }
    const q = newId('msg');
    await db().threadItem.create({
      data: {
        id: q, threadId, userId, type: 'user_message', text: turn.user, diagramRevisionId: revisionId, createdAt: new Date(t++),
        payload: { type: 'user_message', content: [{ type: 'input_text', text: turn.user }], attachments, inference_options: {} },
      },
    });
    const a = newId('msg');
    await db().threadItem.create({
      data: {
        id: a, threadId, userId, type: 'assistant_message', text: turn.answer, createdAt: new Date(t++),
        payload: { type: 'assistant_message', content: [{ type: 'output_text', text: turn.answer, annotations: [] }] },
      },
    });
    if (turn.feedback) await db().feedback.create({ data: { itemId: a, threadId, userId, kind: turn.feedback, createdAt: new Date(t) } });
    itemIds.push(q, a);
    answerIds.push(a);
  }
  await db().thread.update({ where: { id: threadId }, data: { itemCount: itemIds.length, updatedAt: at } });
  return { threadId, diagramId, revisionId, itemIds, answerIds };
}
