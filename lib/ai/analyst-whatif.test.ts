// What-if and after questions that say a condition in other words than the diagram: the opposite polarity of a
// gateway's word (un-, -able, "nobody home" at **at home?**), a branch's condition expression, an event that says
// the same lack, the wait of an event-based gateway and a timer's duration in another unit. Small diagrams of their
// own, asked in English, German and Japanese.
import { describe, expect, it } from 'vitest';
import { analyseBpmn } from '@/lib/bpmn';
import { answer } from './analyst-answers';
import type { TurnContext } from './context';

/**
 * A one-process diagram (no layout: the analyst reads the semantics only). Nodes: "id type[@host][!event[=ISO]] name",
 * separated by ";". Flows: "a>b>c" chains, or one hop with "[label]" and "{condition}". Lanes: "Name=id,id; …".
 */
function bpmn(nodeSpec: string, flowSpec: string, laneSpec = ''): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const els = nodeSpec.split(';').map((x) => {
    const [, id, type, host, ev, iso, name] = /^(\w+) (\w+)(?:@(\w+))?(?:!(\w+)(?:=(\S+))?)?(?: (.*))?$/.exec(x.trim())!;
    const def = ev ? `<bpmn:${ev}EventDefinition>${iso ? `<bpmn:timeDuration>${iso}</bpmn:timeDuration>` : ''}</bpmn:${ev}EventDefinition>` : '';
    return `<bpmn:${type} id="${id}"${name ? ` name="${esc(name)}"` : ''}${host ? ` attachedToRef="${host}"` : ''}>${def}</bpmn:${type}>`;
  });
  let n = 0;
  const fls = flowSpec.split(';').flatMap((x) => {
    const [, chain, label, cond] = /^([^[{]+?)\s*(?:\[([^\]]*)\])?\s*(?:\{(.*)\})?$/.exec(x.trim())!;
    const ids = chain!.split('>');
    return ids.slice(1).map((to, i) => `<bpmn:sequenceFlow id="F${++n}" sourceRef="${ids[i]}" targetRef="${to}"${label ? ` name="${esc(label)}"` : ''}>${cond ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${esc(cond)}</bpmn:conditionExpression>` : ''}</bpmn:sequenceFlow>`);
  });
  const lanes = laneSpec ? `<bpmn:laneSet id="LS">${laneSpec.split(';').map((x, i) => { const [name, ids] = x.split('='); return `<bpmn:lane id="L${i + 1}" name="${esc(name!.trim())}">${ids!.split(',').map((id) => `<bpmn:flowNodeRef>${id.trim()}</bpmn:flowNodeRef>`).join('')}</bpmn:lane>`; }).join('')}</bpmn:laneSet>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D" targetNamespace="http://example.com/whatif">
<bpmn:process id="P" isExecutable="false">${lanes}${els.join('')}${fls.join('')}</bpmn:process>
</bpmn:definitions>`;
}

async function ask(xml: string, question: string): Promise<string> {
  const turn: TurnContext = {
    question, history: [], attachments: [], skipped: [], currentAttachmentIds: [],
    diagram: { diagramId: 'dgm_w', name: 'whatif', revisionId: 'rev_1', xml, xmlForModel: xml, xmlTrimmed: false, elementList: null, analysis: await analyseBpmn(xml), parseError: null, previousRevisionId: null, changes: null },
  };
  return answer(turn);
}

// A repair service: the gateway asks a yes/no question in an adjective (-able), the seal check with un-.
const REPAIR = bpmn(
  'S startEvent Device handed in; T_Inspect userTask Inspect device; G_Fix exclusiveGateway Repairable on site?; T_Fix manualTask Replace broken part; ' +
    'T_Ship sendTask Ship device to workshop; G_Seal exclusiveGateway Seal unbroken?; T_Return manualTask Hand device back; T_Void userTask Void warranty; E1 endEvent Done; E2 endEvent Sent away',
  'S>T_Inspect>G_Fix; G_Fix>G_Seal [yes]; G_Fix>T_Ship [no]; G_Seal>T_Fix [yes]; G_Seal>T_Void [no]; T_Fix>T_Return>E1; T_Void>T_Fix; T_Ship>E2');

describe('polarity of the question against the gateway\'s word', () => {
  it('reads "can\'t be repaired" at **Repairable on site?** as its "no" (the -able adjective says the verb)', async () => {
    expect(await ask(REPAIR, "what if they can't repair it on site?")).toMatch(/^If \*\*Repairable on site\?\*\* .*branch "no".*\*\*Ship device to workshop\*\*/);
    // "vor Ort" is a place, not "before".
    expect(await ask(REPAIR, 'Und wenn das Gerät vor Ort nicht repariert werden kann?')).toMatch(/^Wenn \*\*Repairable on site\?\*\* .*den Zweig "no".*\*\*Ship device to workshop\*\*/);
  });

  it('reads the gateway\'s word without its un- prefix as the other answer', async () => {
    expect(await ask(REPAIR, 'what happens if the seal is broken?')).toMatch(/^If \*\*Seal unbroken\?\*\* .*branch "no".*\*\*Void warranty\*\*/);
    expect(await ask(REPAIR, 'what happens if the seal is unbroken?')).toMatch(/^If \*\*Seal unbroken\?\*\* .*branch "yes".*\*\*Replace broken part\*\*/);
  });

  const METER = bpmn('S startEvent Visit due; T_Ring manualTask Ring the bell; G exclusiveGateway 住人は在宅？; T_Read userTask メーターを読む; T_Card manualTask 連絡票を残す; E endEvent Visit over',
    'S>T_Ring>G; G>T_Read [在宅]; G>T_Card [不在]; T_Read>E; T_Card>E');

  it('matches "nobody home" / "at home" to the branches 不在 / 在宅 in all three languages', async () => {
    expect(await ask(METER, 'And when nobody is home?')).toMatch(/branch "不在": \*\*連絡票を残す\*\*/);
    expect(await ask(METER, 'Was machen wir, wenn niemand zu Hause ist?')).toMatch(/den Zweig "不在" nimmt: \*\*連絡票を残す\*\*/);
    expect(await ask(METER, '誰も家にいなかったらどうする？')).toMatch(/"不在"に進んだ場合：\*\*連絡票を残す\*\*/);
    expect(await ask(METER, '住人が家にいたら？')).toMatch(/"在宅"に進んだ場合：\*\*メーターを読む\*\*/);
  });

  const LAB = bpmn('S startEvent Sample in; T_Test serviceTask Analyse sample; G exclusiveGateway Werte unauffällig?; T_Ok sendTask Befund freigeben; T_Doc userTask Arzt verständigen; E endEvent Fertig',
    'S>T_Test>G; G>T_Ok [ja]; G>T_Doc [nein]; T_Ok>E; T_Doc>E');

  it('reads "auffällig" at **Werte unauffällig?** as "nein", "nicht ok" too, and "問題がなければ" as "ja"', async () => {
    expect(await ask(LAB, 'Was passiert, wenn die Werte auffällig sind?')).toMatch(/den Zweig "nein" nimmt: \*\*Arzt verständigen\*\*/);
    expect(await ask(LAB, 'and if the values are not ok?')).toMatch(/branch "nein".*\*\*Arzt verständigen\*\*/);
    expect(await ask(LAB, 'Werte に問題がなければ？')).toMatch(/"ja".*に進んだ場合：\*\*Befund freigeben\*\*/);
  });

  it('keeps a negation that negates the gateway\'s own word ("out of stock" at **部品は在庫あり？**)', async () => {
    const STOCK = bpmn('S startEvent Part needed; G exclusiveGateway 部品は在庫あり？; T_Take manualTask 棚から取る; T_Order userTask 部品を発注する; E endEvent Part there',
      'S>G; G>T_Take [はい]; G>T_Order [いいえ]; T_Take>E; T_Order>E');

    expect(await ask(STOCK, 'what if the part is out of stock?')).toMatch(/branch "いいえ".*\*\*部品を発注する\*\*/);
    expect(await ask(STOCK, 'what if the part is in stock?')).toMatch(/branch "はい".*\*\*棚から取る\*\*/);
  });
});

describe('a limit, a failure or a refusal said from the other side', () => {
  const PARKING = bpmn('S startEvent Ticket inserted; T_Age serviceTask Read ticket time; G exclusiveGateway Within 2 hours?; T_Open serviceTask Open barrier; T_Pay userTask Ask for parking fee; E endEvent Car out',
    'S>T_Age>G; G>T_Open [yes]; G>T_Pay [no]; T_Pay>T_Open; T_Open>E');

  it('reads "after 2 hours" at **Within 2 hours?** as its "no"', async () => {
    expect(await ask(PARKING, 'what happens if the driver comes back after 2 hours?')).toMatch(/branch "no".*\*\*Ask for parking fee\*\*/);
    expect(await ask(PARKING, 'Was passiert, wenn das Auto erst nach 2 Stunden rausfährt?')).toMatch(/Zweig "no".*\*\*Ask for parking fee\*\*/);
  });

  const RENTAL = bpmn('S startEvent Customer at desk; T_Charge serviceTask Charge deposit; B_Undo boundaryEvent@T_Charge!compensate Deposit charge undone; T_Refund serviceTask Refund deposit; ' +
    'G exclusiveGateway Deposit payment successful?; T_Keys manualTask Hand over keys; T_Cash userTask Ask for cash deposit; E endEvent Car rented',
    'S>T_Charge>G; G>T_Keys [yes]; G>T_Cash [no]; T_Cash>T_Keys; T_Keys>E');

  it('takes "can\'t be charged" and "declined" to the "no" of the check after the step, not to its compensation handler', async () => {
    expect(await ask(RENTAL, "what if the deposit can't be charged?")).toMatch(/branch "no".*\*\*Ask for cash deposit\*\*/);
    expect(await ask(RENTAL, 'what if the deposit payment is declined?')).toMatch(/branch "no".*\*\*Ask for cash deposit\*\*/);
  });

  it('reads "doesnt" (no apostrophe) as a negation', async () => {
    expect(await ask(RENTAL, 'what if the deposit payment doesnt succeed')).toMatch(/branch "no".*\*\*Ask for cash deposit\*\*/);
  });
});

describe('a step said as done, or a thing had back', () => {
  const GOODS = bpmn('S startEvent Defect found; T_Block serviceTask Charge sperren; T_Claim sendTask Reklamation senden; T_Pack userTask 荷物を梱包する; T_Back manualTask Ware zurückschicken; ' +
    'T_Keys manualTask Caretaker collects keys; T_Meter manualTask Read the meters; E endEvent Erledigt',
    'S>T_Block>T_Claim>T_Pack>T_Back>T_Keys>T_Meter>E');

  it('answers "when X has been done" with what follows X (all of it when asked what is left)', async () => {
    expect(await ask(GOODS, 'Was passiert, wenn die Charge gesperrt worden ist?')).toMatch(/^Nach \*\*Charge sperren\*\* .*kommt \*\*Reklamation senden\*\*/);
    expect(await ask(GOODS, 'Was ist dann noch alles zu tun, wenn die Charge gesperrt wurde?')).toMatch(/^Nach \*\*Charge sperren\*\* .*können folgen.*\*\*Ware zurückschicken\*\*/);
    expect(await ask(GOODS, '荷物の梱包が終わったらどうなる？')).toMatch(/^\*\*荷物を梱包する\*\* \(`T_Pack`\)の次は\*\*Ware zurückschicken\*\*/);
  });

  it('reads "has the keys back" as the keys collected, not a loop back', async () => {
    expect(await ask(GOODS, 'What comes next once the caretaker has the keys back?')).toMatch(/^After \*\*Caretaker collects keys\*\* .*\*\*Read the meters\*\*/);
  });
});

describe('a situation said by a branch condition, an event or a wait', () => {
  const SHOP = bpmn('S startEvent Order paid; G inclusiveGateway Extras?; T_Gift manualTask Add a gift; T_Customs userTask Fill in customs form; J inclusiveGateway; T_Ship sendTask Ship parcel; E endEvent Shipped',
    'S>G; G>T_Gift [loyal] {${buyer.birthdayMonth}}; G>T_Customs [non-EU] {${order.outsideCustomsUnion == true}}; G>J [nothing extra]; T_Gift>J; T_Customs>J; J>T_Ship>E');

  it('finds the branch whose condition names the situation (camelCase properties, objects left out)', async () => {
    expect(await ask(SHOP, "what happens when it's the buyer's birthday month?")).toMatch(/branch "loyal".*\*\*Add a gift\*\*/);
    expect(await ask(SHOP, 'Und wenn die Bestellung außerhalb der Zollunion geht – outside customs union?')).toMatch(/Zweig "non-EU".*\*\*Fill in customs form\*\*/);
  });

  const TICKETS = bpmn('S startEvent Passenger boards; A_Check callActivity Check tickets; B_None boundaryEvent@A_Check!error Ticket not found; T_Fine userTask Issue penalty fare; T_Seat manualTask Show seat; E1 endEvent Seated; E2 endEvent Fined',
    'S>A_Check>T_Seat>E1; B_None>T_Fine>E2');

  it('takes "has no ticket" to the event **Ticket not found** (the state word after the negation goes)', async () => {
    expect(await ask(TICKETS, 'What if a passenger has no ticket?')).toMatch(/^After \*\*Ticket not found\*\* .*\*\*Issue penalty fare\*\*/);
    expect(await ask(TICKETS, 'Was passiert, wenn der Fahrgast kein Ticket dabei hat?')).toMatch(/^Nach \*\*Ticket not found\*\* .*\*\*Issue penalty fare\*\*/);
  });

  const RSVP = bpmn('S startEvent Guest list ready; T_Invite sendTask Send invitation; G eventBasedGateway Wait for answer; C_Yes intermediateCatchEvent!message Reply card received; ' +
    'C_Time intermediateCatchEvent!timer=PT2H Deadline passed; T_Seat userTask Reserve a seat; T_Call userTask Phone the guest; E endEvent Planned',
    'S>T_Invite>G; G>C_Yes; G>C_Time; C_Yes>T_Seat>E; C_Time>T_Call>G');

  it('reads "once the reply card is back" as after the event the wait receives, not the wait itself', async () => {
    expect(await ask(RSVP, 'once the reply card is back, what do we do next?')).toMatch(/^After \*\*Reply card received\*\* .*\*\*Reserve a seat\*\*/);
    expect(await ask(RSVP, 'Was kommt, nachdem die Antwort eingegangen ist?')).toMatch(/^Nach \*\*Reply card received\*\* .*\*\*Reserve a seat\*\*/);
    // "zurück ist" is an arrival, not a loop back.
    expect(await ask(RSVP, 'Wie geht es weiter, sobald die Antwort zurück ist?')).toMatch(/^Nach \*\*Reply card received\*\* .*\*\*Reserve a seat\*\*/);
    expect(await ask(RSVP, '返事が届いたら次は？')).toMatch(/^\*\*Reply card received\*\* \(`C_Yes`\)の次は\*\*Reserve a seat\*\*/);
  });

  it('matches a wait said in another unit ("120 minutes", "zwei Stunden", "2時間") to the timer PT2H', async () => {
    expect(await ask(RSVP, 'what if the guest still has not turned up after 120 minutes?')).toMatch(/^After \*\*Deadline passed\*\* .*\*\*Phone the guest\*\*/);
    expect(await ask(RSVP, 'Was passiert, wenn nach zwei Stunden immer noch keine Antwort kam?')).toMatch(/^Nach \*\*Deadline passed\*\* .*\*\*Phone the guest\*\*/);
    expect(await ask(RSVP, '2時間たっても返事が来なかったら？')).toMatch(/\*\*Deadline passed\*\*.*\*\*Phone the guest\*\*/);
  });

  const LETTING = bpmn('S startEvent Flat free; G_Reach exclusiveGateway Tenant interested?; T_Offer sendTask Send offer; W eventBasedGateway Wait for tenant; ' +
    'C_Yes intermediateCatchEvent!message Tenant accepts offer; C_No intermediateCatchEvent!message Tenant declines offer; T_Sign userTask Sign lease; T_Relist userTask Relist flat; ' +
    'G_Rent exclusiveGateway Rent above 2000 EUR?; T_Board userTask Get board sign-off; J exclusiveGateway; E endEvent Let',
  'S>G_Reach; G_Reach>T_Offer [yes]; G_Reach>T_Relist [no]; T_Offer>W; W>C_Yes; W>C_No; C_Yes>G_Rent; G_Rent>T_Board [yes]; G_Rent>J [no]; T_Board>J; J>T_Sign>E; C_No>T_Relist>E',
  'Agent=S,G_Reach,T_Offer,W,C_Yes,C_No,G_Rent,J,T_Sign,T_Relist,E; Board=T_Board');

  it('reads "says no to the offer" as the event of the refusal, not the bare "no" of another gateway', async () => {
    expect(await ask(LETTING, 'what happens if the tenant says no to the offer?')).toMatch(/takes the branch \*\*Tenant declines offer\*\* .*\*\*Relist flat\*\*/);
    expect(await ask(LETTING, 'Was passiert, wenn der Mieter zum Angebot nein sagt?')).toMatch(/Zweig \*\*Tenant declines offer\*\* .*\*\*Relist flat\*\*/);
    // Said as the answer itself, a bare "no" still names the branch.
    expect(await ask(LETTING, 'Tenant interested? what happens if no?')).toMatch(/^If \*\*Tenant interested\?\*\* .*branch "no".*\*\*Relist flat\*\*/);
  });

  it('reads "says no" at **Quote accepted?** with labels accepted / declined as "declined", once (not negated twice)', async () => {
    const QUOTE = bpmn('S startEvent Quote sent; G exclusiveGateway Quote accepted?; T_Book userTask Book the job; T_Close userTask Close the lead; E endEvent Done',
      'S>G; G>T_Book [accepted] {${accepted}}; G>T_Close [declined] {${!accepted}}; T_Book>E; T_Close>E');
    expect(await ask(QUOTE, 'what if the client says no to the quote?')).toMatch(/branch "declined".*\*\*Close the lead\*\*/);
    expect(await ask(QUOTE, 'Was, wenn der Kunde zum Angebot nein sagt?')).toMatch(/Zweig "declined".*\*\*Close the lead\*\*/);
    expect(await ask(QUOTE, 'お客様が見積を断ったら？')).toMatch(/"declined".*\*\*Close the lead\*\*/);
    expect(await ask(QUOTE, 'and if the quote is not accepted?')).toMatch(/branch "declined".*\*\*Close the lead\*\*/);
  });

  it('answers who acts in a situation by the lane of the step on that branch ("big rents" at **Rent above 2000 EUR?**)', async () => {
    expect(await ask(LETTING, 'who approves big rents?')).toMatch(/^\*\*Get board sign-off\*\* .*lane \*\*Board\*\*/);
    expect(await ask(LETTING, 'Wer genehmigt hohe Mieten?')).toMatch(/^\*\*Get board sign-off\*\* .*Lane \*\*Board\*\*/);
    expect(await ask(LETTING, '高い家賃は誰が承認する？')).toMatch(/^\*\*Get board sign-off\*\* .*レーン\*\*Board\*\*/);
  });
});
