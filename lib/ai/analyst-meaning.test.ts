// What a question means when its words differ from the labels: a step asked for by what it does, a pool or lane
// said as a role word, which question it is (lint, a gateway's exits, messages both ways), and the words of the
// answer in the question's language — in English, German and Japanese.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBpmn } from '@/lib/bpmn';
import { answer } from './analyst-answers';
import type { TurnContext } from './context';

// Small diagrams of their own: a bike shop (a black-box customer pool, three lanes, a split decided by a flag), a
// German vet practice with its lab (a pool named with a doctor's name), a Japanese library (a black-box reader pool,
// an error boundary event on lending).
const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../e2e/fixtures/diagrams', `${name}.bpmn`), 'utf8');
const BIKE = fixture('meaning-bike'), PRAXIS = fixture('meaning-praxis'), TOSHOKAN = fixture('meaning-toshokan');

async function ask(xml: string, question: string): Promise<string> {
  const analysis = await analyseBpmn(xml);
  const t: TurnContext = {
    question, history: [], attachments: [], skipped: [], currentAttachmentIds: [],
    diagram: { diagramId: 'dgm', name: 'd', revisionId: 'rev_1', xml, xmlForModel: xml, xmlTrimmed: false, elementList: null, analysis, parseError: null, previousRevisionId: null, changes: null },
  };
  return answer(t);
}
const firstLine = (s: string) => s.split('\n')[0]!;

describe('a step asked for by what it does', () => {
  it('finds the step by its verbs and nouns, a pool said in the question being no filter', async () => {
    // "the customer" is a black-box pool: not "0 activities in pool Customer".
    const a = await ask(BIKE, "Which step is the one where somebody examines the customer's warranty?");
    expect(firstLine(a)).toMatch(/^\*\*Validate warranty\*\* \(`T_Warranty`\)/);
    expect(await ask(BIKE, 'where in the process do we take the money?')).toMatch(/^\*\*Collect repair fee\*\* \(`T_Fee`\)/);
    expect(await ask(PRAXIS, 'Wo wird der Befundbericht geschrieben?')).toMatch(/`T_Bericht`/);
    expect(await ask(PRAXIS, 'Wo wird der Befundbericht geschrieben?')).not.toMatch(/`T_Senden`/);
    expect(firstLine(await ask(TOSHOKAN, 'どのステップで利用者の資格をチェックしますか？'))).toMatch(/`T_Kaiin`/);
  });

  it('still lists the steps of a group, and of a kind', async () => {
    expect(firstLine(await ask(BIKE, 'Which tasks does the Front desk handle?'))).toMatch(/^There are \*\*3 tasks\*\* in lane \*\*Front desk\*\*/);
    expect(firstLine(await ask(BIKE, 'Which user tasks are there?'))).toMatch(/^There are \*\*4 user tasks\*\*/);
  });
});

describe('a pool or lane as a count filter', () => {
  it('counts a pool said by one word of its name, or the head of its compound', async () => {
    expect(firstLine(await ask(BIKE, 'How many tasks does the store have?'))).toMatch(/^There are \*\*9 tasks\*\* in pool \*\*Pedalworks Cycle Store\*\*/);
    expect(firstLine(await ask(PRAXIS, 'Wie viele Aufgaben hat die Praxis?'))).toMatch(/im Pool \*\*Tierarztpraxis Dr\. Lang\*\* \(`P_Praxis`\) \*\*4 Aufgaben\*\*/);
  });

  it('counts a Japanese lane asked for in English', async () => {
    expect(firstLine(await ask(TOSHOKAN, 'How many tasks does the driver have?'))).toMatch(/\*\*1 task\*\* in lane \*\*ドライバー\*\*/);
  });

  it('compares two lanes whose names are also words of one step', async () => {
    // **Brief driver at workshop** holds both lane names; the question names the lanes.
    expect(firstLine(await ask(BIKE, 'Does the driver have fewer tasks than the workshop?'))).toMatch(/^Yes — \*\*Driver\*\* \(`L_Driver`\) has 1 task, \*\*Workshop\*\* \(`L_Bench`\) has 5 tasks/);
    expect(firstLine(await ask(BIKE, 'Does the workshop have more tasks than the driver?'))).toMatch(/^Yes — \*\*Workshop\*\* \(`L_Bench`\) has 5 tasks, \*\*Driver\*\* \(`L_Driver`\) has 1 task/);
  });
});

describe('which question it is', () => {
  it('reads "anything to fix before I pass this on?" as a check of the model', async () => {
    expect(firstLine(await ask(BIKE, 'Is there anything I need to fix before we publish this?'))).toMatch(/^I found \d+ problems?|^I found no problems/);
    expect(firstLine(await ask(PRAXIS, 'Muss ich noch etwas korrigieren, bevor ich das Modell weitergebe?'))).toMatch(/^Ich finde/);
  });

  it("says where a gateway leads when asked for its exits, also for a join", async () => {
    const a = await ask(BIKE, 'What are the outgoing flows of the gateway Bike ready, and where do they go?');
    expect(a).toMatch(/^\*\*Bike ready\*\* \(`G_Ready`\) is an inclusive gateway \(join\); it leads to \*\*Repair bike\*\* \(`T_Repair`\)/);
    const de = await ask(PRAXIS, 'Welche Ausgänge hat das Gateway „Operation nötig?“ und wohin führen sie?');
    expect(de).toMatch(/`T_OP`/);
    expect(de).toMatch(/`E_Fertig`/);
    expect(de).not.toMatch(/Nachricht/);
  });

  it('lists a pool\'s messages both ways when the question sends and gets', async () => {
    const a = await ask(BIKE, 'What do we send to the customer, and what do we get back from them?');
    expect(firstLine(a)).toBe('3 message flows to or from **Customer** (`P_Customer`):');
    expect(a).toMatch(/Booking request/);
    expect(a).toMatch(/Card payment/);
  });

  it('describes the one error event whose name a Japanese question half says, with its host', async () => {
    const a = await ask(TOSHOKAN, '不具合のエラーイベントについて教えて');
    expect(firstLine(a)).toMatch(/^\*\*貸出システムの不具合\*\* \(`B_Err`\)/);
    expect(a).toMatch(/付いている先: \*\*本を貸し出す\*\* \(`T_Kashidashi`\)/);
  });

  it('takes a branch said by its condition flag', async () => {
    expect(firstLine(await ask(BIKE, 'What happens when the customer wants a helmet?'))).toMatch(/^If \*\*Extras\?\*\* \(`G_Extras`\) takes the branch \*\*Fit accessory\*\* \(`T_Helmet`\) \(condition `\$\{customer\.wantsHelmet == true\}`\)/);
  });
});

describe('flow labels in the answer language', () => {
  it('writes condition and default in German and Japanese paths', async () => {
    const de = await ask(PRAXIS, 'Welche Pfade gibt es vom Start bis zum Ende?');
    expect(de).toMatch(/\["ja", Bedingung `\$\{befund\.op == true\}`\]/);
    expect(de).not.toMatch(/condition/);
    const ja = await ask(BIKE.replace('name="Fit accessory"', 'name="ヘルメットを合わせる"'), '開始から終了までの経路は？');
    expect(ja).toMatch(/\[条件 `\$\{customer\.wantsHelmet == true\}`\]/);
    expect(ja).toMatch(/\[デフォルト\]/);
  });
});
