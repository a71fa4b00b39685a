// Imperative requests the offline analyst turns into edit proposals, in English and German:
// "add a task 'Check credit' after 'Receive order'", "rename X to Y", "delete X", "connect X to Y",
// "make X a user task", "add a 2-day timer to X", "put X in lane Finance", "add a lane Finance".
// "this/it/dies/es" means the canvas selection. Names may be quoted or not; the planner resolves them exactly.
import type { EditOp } from '@/lib/bpmn/edits';

export type ParsedEdit =
  | { kind: 'ops'; operations: EditOp[] }
  /** `previous`: the description is the user's previous message ("draw the process I just described"). */
  | { kind: 'generate'; description: string; previous?: boolean }
  /** It looks like an edit request, but not one of the forms we parse exactly. */
  | { kind: 'unparsed'; reason: string };

export const UNDERSTOOD_FORMS_EN = [
  "add a task 'Check credit' after 'Receive order'  (also: before X, between X and Y, in lane L; user task, gateway, end event …)",
  "rename 'Check order' to 'Verify order'",
  "delete 'Check order'",
  "connect 'Check order' to 'Ship order'",
  "make 'Check order' a user task",
  "add a 2-day timer to 'Pack goods'  (also: an error / message event)",
  "put 'Charge card' in lane Finance",
  'add a lane Finance',
  'create a process: 1. … 2. … (one step per line; "if … otherwise …" for a decision)',
];
export const UNDERSTOOD_FORMS_DE = [
  "füge eine Aufgabe 'Bonität prüfen' nach 'Bestellung erhalten' hinzu  (auch: vor X, zwischen X und Y)",
  "benenne 'Bestellung prüfen' in 'Auftrag prüfen' um",
  "lösche 'Bestellung prüfen'",
  "verbinde 'A' mit 'B'",
  "mache 'Bestellung prüfen' zu einer Benutzeraufgabe",
  "füge einen 2-Tage-Timer zu 'Ware packen' hinzu",
  "verschiebe 'Karte belasten' in die Lane Finanzen",
  'füge eine Lane Finanzen hinzu',
  'erstelle einen Prozess: 1. … 2. …',
];

const SELECTION_WORDS = /^(?:this|it|that|these|those|the selection|the selected(?: \w+)?|selected|here|dies(?:e[nrms]?)?|das|es|ihn|sie|hier|die auswahl|das ausgewählte(?: \w+)?|den ausgewählten(?: \w+)?|die ausgewählte(?: \w+)?)$/i;

// Element type words (longest first) → operation type.
const TYPE_WORDS: [RegExp, string][] = [
  [/^(?:user task|human task|manual approval|benutzeraufgabe|benutzer-aufgabe|user-task)$/i, 'userTask'],
  [/^(?:service task|automated task|serviceaufgabe|service-aufgabe|service-task)$/i, 'serviceTask'],
  [/^(?:manual task|manuelle aufgabe)$/i, 'manualTask'],
  [/^(?:script task|skriptaufgabe|script-aufgabe)$/i, 'scriptTask'],
  [/^(?:send task|sendeaufgabe)$/i, 'sendTask'],
  [/^(?:receive task|empfangsaufgabe)$/i, 'receiveTask'],
  [/^(?:business rule task|geschäftsregelaufgabe|regelaufgabe)$/i, 'businessRuleTask'],
  [/^(?:call activity|aufrufaktivität)$/i, 'callActivity'],
  [/^(?:sub-?process|teilprozess|unterprozess)$/i, 'subProcess'],
  [/^(?:parallel gateway|and gateway|paralleles gateway|parallel-gateway|und-gateway)$/i, 'parallelGateway'],
  [/^(?:inclusive gateway|or gateway|inklusives gateway|oder-gateway)$/i, 'inclusiveGateway'],
  [/^(?:event-based gateway|event based gateway|ereignisbasiertes gateway)$/i, 'eventBasedGateway'],
  [/^(?:exclusive gateway|xor gateway|xor-gateway|gateway|decision|exklusives gateway|entscheidung|verzweigung)$/i, 'exclusiveGateway'],
  [/^(?:end event|end|endereignis|ende)$/i, 'endEvent'],
  [/^(?:start event|startereignis)$/i, 'startEvent'],
  [/^(?:intermediate event|throw event|zwischenereignis)$/i, 'intermediateThrowEvent'],
  [/^(?:task|step|activity|aufgabe|task|schritt|aktivität)$/i, 'task'],
];

function typeOf(words: string): string | null {
  const w = words.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [re, t] of TYPE_WORDS) if (re.test(w)) return t;
  return null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fourteen: 14, thirty: 30,
  ein: 1, eine: 1, einen: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, vierzehn: 14, dreißig: 30,
};
const UNITS: [RegExp, string, boolean][] = [
  [/^(?:minute|minutes|min|minute[n]?)$/i, 'M', true],
  [/^(?:hour|hours|h|stunde|stunden|stündig(?:e[nrm]?)?)$/i, 'H', true],
  [/^(?:day|days|d|tag|tage|tagen|tägig(?:e[nrm]?)?)$/i, 'D', false],
  [/^(?:week|weeks|woche|wochen|wöchig(?:e[nrm]?)?)$/i, 'W', false],
  [/^(?:month|months|monat|monate|monaten)$/i, 'M', false],
];

/** "2 day", "two days", "48 hours", "zwei Tage" → ISO 8601 duration. */
export function parseDuration(amount: string, unit: string): string | null {
  const n = /^\d+$/.test(amount) ? Number(amount) : NUMBER_WORDS[amount.toLowerCase()];
  if (!n) return null;
  for (const [re, code, time] of UNITS) if (re.test(unit)) return time ? `PT${n}${code}` : `P${n}${code}`;
  return null;
}

type Refs = { quotes: string[]; selection: string[] };

/** Quoted names become placeholders, so names with spaces and keywords ("after", "to") survive the patterns. */
function extractQuotes(text: string): { text: string; quotes: string[] } {
  const quotes: string[] = [];
  const out = text.replace(/"([^"]+)"|'([^']+)'|„([^“”"]+)[“”"]|“([^”]+)”|‘([^’]+)’|«([^»]+)»|»([^«]+)«/g, (...m: string[]) => {
    quotes.push((m.slice(1, 8).find((g) => g !== undefined) ?? '').trim());
    return ` §${quotes.length - 1}§ `;
  });
  return { text: out.replace(/\s+/g, ' ').trim(), quotes };
}

class NeedSelection extends Error {}

/** A reference as written: a quoted name, "this/it" (the selection), or unquoted words minus articles and type words. */
function ref(raw: string, refs: Refs): string {
  const r = raw.trim().replace(/[.!]+$/, '').trim();
  const q = /^§(\d+)§$/.exec(r);
  if (q) return refs.quotes[Number(q[1])]!;
  const stripped = r
    .replace(/^(?:the|a|an|der|die|das|den|dem|des|ein|eine|einen|einem|zum|zur)\s+/i, '')
    .replace(/^(?:task|step|element|activity|event|gateway|flow|lane|pool|aufgabe|schritt|element|ereignis|gateway|lane|bahn)\s+(?=§|\S)/i, '')
    .trim();
  const q2 = /^§(\d+)§$/.exec(stripped);
  if (q2) return refs.quotes[Number(q2[1])]!;
  if (SELECTION_WORDS.test(r) || SELECTION_WORDS.test(stripped)) {
    if (!refs.selection.length) throw new NeedSelection();
    return refs.selection[0]!;
  }
  return stripped.replace(/§(\d+)§/g, (_, i: string) => refs.quotes[Number(i)]!);
}

/** Up to the first of these words is a reference; quoted names are single tokens already. */
const R = '(.+?)';

type Pattern = { re: RegExp; build: (m: RegExpExecArray, refs: Refs) => EditOp[] | null };

const LANE_TAIL = '(?:\\s+(?:in(?:to)?|im|in der|in die)\\s+(?:the\\s+)?(?:lane|bahn|swimlane)\\s+(.+?))?';

function addOp(typeWords: string, nameRaw: string | undefined, where: string, a: string, b: string | undefined, lane: string | undefined, refs: Refs): EditOp[] | null {
  const type = typeOf(typeWords || 'task');
  if (!type) return null;
  const name = nameRaw ? ref(nameRaw, { ...refs, selection: [] }) : undefined;
  const base = { op: 'addElement' as const, type: type as Extract<EditOp, { op: 'addElement' }>['type'], ...(name ? { name } : {}), ...(lane ? { lane: ref(lane, refs) } : {}) };
  const w = where.toLowerCase();
  if (w === 'between' || w === 'zwischen') return [{ ...base, between: [ref(a, refs), ref(b!, refs)] }];
  if (w === 'before' || w === 'vor') return [{ ...base, before: ref(a, refs) }];
  return [{ ...base, after: ref(a, refs) }];
}

const TYPE_ALT = '((?:[a-zäöüß-]+\\s+){0,2}?(?:task|step|activity|gateway|decision|event|end|sub-?process|call activity|aufgabe|schritt|aktivität|gateway|entscheidung|verzweigung|ereignis|endereignis|teilprozess|unterprozess|benutzeraufgabe|serviceaufgabe))';

const PATTERNS: Pattern[] = [
  // add a user task "X" after/before Y [in lane L]  |  add a task "X" between A and B
  {
    re: new RegExp(`^(?:add|insert|create|put|draw)\\s+(?:(?:another|an|a|one)\\s+)?(?:new\\s+)?${TYPE_ALT}\\s+(?:called\\s+|named\\s+)?(§\\d+§|[^§]+?)\\s+between\\s+${R}\\s+and\\s+${R}${LANE_TAIL}$`, 'i'),
    build: (m, refs) => addOp(m[1]!, m[2], 'between', m[3]!, m[4], m[5], refs),
  },
  {
    re: new RegExp(`^(?:add|insert|create|put|draw)\\s+(?:(?:another|an|a|one)\\s+)?(?:new\\s+)?${TYPE_ALT}\\s+(?:called\\s+|named\\s+)?(§\\d+§|[^§]+?)?\\s*(after|before|following)\\s+${R}${LANE_TAIL}$`, 'i'),
    build: (m, refs) => addOp(m[1]!, m[2], m[3] === 'following' ? 'after' : m[3]!, m[4]!, undefined, m[5], refs),
  },
  // after Y, add a task "X"
  {
    re: new RegExp(`^(after|before)\\s+${R},?\\s+(?:add|insert)\\s+(?:(?:an|a|one)\\s+)?${TYPE_ALT}\\s+(?:called\\s+|named\\s+)?(§\\d+§|.+?)${LANE_TAIL}$`, 'i'),
    build: (m, refs) => addOp(m[3]!, m[4], m[1]!, m[2]!, undefined, m[5], refs),
  },
  // DE: füge (eine Aufgabe) "X" nach/vor Y (hinzu|ein)   |   füge nach Y eine Aufgabe "X" hinzu
  {
    re: new RegExp(`^(?:füge|fuege|setze)\\s+(?:(?:eine[nm]?|ein)\\s+)?(?:neue[nms]?\\s+)?${TYPE_ALT}\\s+(§\\d+§|[^§]+?)\\s+zwischen\\s+${R}\\s+und\\s+${R}\\s*(?:hinzu|ein)?$`, 'i'),
    build: (m, refs) => addOp(m[1]!, m[2], 'zwischen', m[3]!, m[4], undefined, refs),
  },
  {
    re: new RegExp(`^(?:füge|fuege|setze)\\s+(?:(?:eine[nm]?|ein)\\s+)?(?:neue[nms]?\\s+)?${TYPE_ALT}\\s+(§\\d+§|[^§]+?)?\\s*(nach|hinter|vor)\\s+${R}\\s*(?:hinzu|ein)?$`, 'i'),
    build: (m, refs) => addOp(m[1]!, m[2], m[3] === 'vor' ? 'before' : 'after', m[4]!, undefined, undefined, refs),
  },
  {
    re: new RegExp(`^(?:füge|fuege|setze)\\s+(nach|hinter|vor)\\s+${R}\\s+(?:eine[nm]?|ein)\\s+(?:neue[nms]?\\s+)?${TYPE_ALT}\\s+(§\\d+§|.+?)\\s*(?:hinzu|ein)?$`, 'i'),
    build: (m, refs) => addOp(m[3]!, m[4], m[1] === 'vor' ? 'before' : 'after', m[2]!, undefined, undefined, refs),
  },
  // rename X to Y | benenne X in Y um | X umbenennen in Y
  {
    re: new RegExp(`^(?:rename|retitle|relabel)\\s+${R}\\s+(?:to|as|into)\\s+(.+)$`, 'i'),
    build: (m, refs) => [{ op: 'rename', element: ref(m[1]!, refs), name: ref(m[2]!, { ...refs, selection: [] }) }],
  },
  {
    re: new RegExp(`^benenne\\s+${R}\\s+(?:in|zu|nach)\\s+(.+?)\\s+um$`, 'i'),
    build: (m, refs) => [{ op: 'rename', element: ref(m[1]!, refs), name: ref(m[2]!, { ...refs, selection: [] }) }],
  },
  {
    re: new RegExp(`^${R}\\s+umbenennen\\s+(?:in|zu)\\s+(.+)$`, 'i'),
    build: (m, refs) => [{ op: 'rename', element: ref(m[1]!, refs), name: ref(m[2]!, { ...refs, selection: [] }) }],
  },
  // delete X | lösche X | X löschen
  { re: new RegExp(`^(?:delete|remove|drop)\\s+${R}$`, 'i'), build: (m, refs) => [{ op: 'remove', element: ref(m[1]!, refs) }] },
  { re: new RegExp(`^(?:lösche|loesche|entferne)\\s+${R}$`, 'i'), build: (m, refs) => [{ op: 'remove', element: ref(m[1]!, refs) }] },
  { re: new RegExp(`^${R}\\s+(?:löschen|loeschen|entfernen)$`, 'i'), build: (m, refs) => [{ op: 'remove', element: ref(m[1]!, refs) }] },
  // connect X to Y | verbinde X mit Y
  {
    re: new RegExp(`^(?:connect|link)\\s+${R}\\s+(?:to|with|and)\\s+${R}$`, 'i'),
    build: (m, refs) => [{ op: 'connect', from: ref(m[1]!, refs), to: ref(m[2]!, refs) }],
  },
  {
    re: new RegExp(`^(?:draw|add)\\s+(?:a\\s+)?(?:sequence\\s+)?flow\\s+from\\s+${R}\\s+to\\s+${R}$`, 'i'),
    build: (m, refs) => [{ op: 'connect', from: ref(m[1]!, refs), to: ref(m[2]!, refs) }],
  },
  { re: new RegExp(`^verbinde\\s+${R}\\s+mit\\s+${R}$`, 'i'), build: (m, refs) => [{ op: 'connect', from: ref(m[1]!, refs), to: ref(m[2]!, refs) }] },
  // add a 2-day timer to X | add a timer of 2 days to X | füge einen 2-Tage-Timer zu X hinzu
  {
    re: new RegExp(`^(?:add|attach|put|set)\\s+(?:a|an)?\\s*(\\d+|[a-z]+)[- ]([a-z]+)\\s+(?:boundary\\s+)?timer(?:\\s+event)?\\s+(?:to|on|at)\\s+${R}$`, 'i'),
    build: (m, refs) => timerOp(m[1]!, m[2]!, m[3]!, refs),
  },
  {
    re: new RegExp(`^(?:add|attach|put|set)\\s+(?:a\\s+)?(?:boundary\\s+)?timer(?:\\s+event)?\\s+(?:of|for)\\s+(\\d+|[a-z]+)\\s+([a-z]+)\\s+(?:to|on|at)\\s+${R}$`, 'i'),
    build: (m, refs) => timerOp(m[1]!, m[2]!, m[3]!, refs),
  },
  {
    re: new RegExp(`^(?:füge|fuege|setze|hänge|haenge)\\s+(?:einen|ein)?\\s*(\\d+|[a-zäöüß]+)[- ]?(tage|tag|tägigen|stunden|stündigen|wochen|minuten)(?:-|\\s+)?timer\\s+(?:zu|an|bei|auf)\\s+${R}\\s*(?:hinzu|an|ein)?$`, 'i'),
    build: (m, refs) => timerOp(m[1]!, m[2]!, m[3]!, refs),
  },
  {
    re: new RegExp(`^(?:füge|fuege|setze|hänge|haenge)\\s+(?:einen\\s+)?timer\\s+(?:von|über)\\s+(\\d+|[a-zäöüß]+)\\s+([a-zäöüß]+)\\s+(?:zu|an|bei|auf)\\s+${R}\\s*(?:hinzu|an|ein)?$`, 'i'),
    build: (m, refs) => timerOp(m[1]!, m[2]!, m[3]!, refs),
  },
  // add an error/message (boundary) event to X
  {
    re: new RegExp(`^(?:add|attach)\\s+(?:a|an)\\s+(error|message|signal|escalation)\\s+(?:boundary\\s+)?event\\s+(?:to|on)\\s+${R}$`, 'i'),
    build: (m, refs) => [{ op: 'addBoundaryEvent', element: ref(m[2]!, refs), event: m[1]!.toLowerCase() as 'error' }],
  },
  // make X a user task | change X to a service task | turn X into a parallel gateway | mache X zu einer Benutzeraufgabe
  {
    re: new RegExp(`^(?:make|turn|convert|change)\\s+${R}\\s+(?:into\\s+|to\\s+)?(?:a|an)\\s+(.+)$`, 'i'),
    build: (m, refs) => typeChange(m[1]!, m[2]!, refs),
  },
  {
    re: new RegExp(`^(?:mache|mach|ändere|aendere|wandle)\\s+${R}\\s+(?:zu|in)\\s+(?:einer|einem|eine|ein|einen)\\s+(.+?)(?:\\s+um)?$`, 'i'),
    build: (m, refs) => typeChange(m[1]!, m[2]!, refs),
  },
  {
    re: new RegExp(`^(?:mache|mach)\\s+${R}\\s+zur\\s+(.+)$`, 'i'),
    build: (m, refs) => typeChange(m[1]!, m[2]!, refs),
  },
  // put X in lane Finance | move X to the Finance lane | verschiebe X in die Lane Finanzen
  {
    re: new RegExp(`^(?:put|move|place)\\s+${R}\\s+(?:in|into|to)\\s+(?:the\\s+)?(?:lane|swimlane)\\s+(.+)$`, 'i'),
    build: (m, refs) => [{ op: 'moveToLane', element: ref(m[1]!, refs), lane: ref(m[2]!, { ...refs, selection: [] }) }],
  },
  {
    re: new RegExp(`^(?:put|move|place)\\s+${R}\\s+(?:in|into|to)\\s+(?:the\\s+)?(.+?)\\s+(?:lane|swimlane)$`, 'i'),
    build: (m, refs) => [{ op: 'moveToLane', element: ref(m[1]!, refs), lane: ref(m[2]!, { ...refs, selection: [] }) }],
  },
  {
    re: new RegExp(`^(?:verschiebe|setze|lege|packe|schiebe)\\s+${R}\\s+in\\s+(?:die\\s+)?(?:lane|bahn|spur|swimlane)\\s+(.+)$`, 'i'),
    build: (m, refs) => [{ op: 'moveToLane', element: ref(m[1]!, refs), lane: ref(m[2]!, { ...refs, selection: [] }) }],
  },
  // add a lane Finance | füge eine Lane Finanzen hinzu
  {
    re: /^(?:add|create)\s+(?:a\s+)?(?:new\s+)?lane\s+(?:called\s+|named\s+|for\s+)?(.+)$/i,
    build: (m, refs) => [{ op: 'addLane', name: ref(m[1]!, { ...refs, selection: [] }) }],
  },
  {
    re: /^(?:füge|fuege|erstelle)\s+(?:eine\s+)?(?:neue\s+)?(?:lane|bahn)\s+(?:namens\s+|für\s+)?(.+?)\s*(?:hinzu|an)?$/i,
    build: (m, refs) => [{ op: 'addLane', name: ref(m[1]!, { ...refs, selection: [] }) }],
  },
];

function timerOp(amount: string, unit: string, target: string, refs: Refs): EditOp[] | null {
  const duration = parseDuration(amount, unit);
  if (!duration) return null;
  return [{ op: 'addBoundaryEvent', element: ref(target, refs), event: 'timer', duration }];
}

function typeChange(target: string, typeWords: string, refs: Refs): EditOp[] | null {
  const t = typeWords.trim().replace(/[.!?]+$/, '');
  const type = typeOf(t);
  if (!type) return null;
  return [{ op: 'changeType', element: ref(target, refs), type: type as Extract<EditOp, { op: 'changeType' }>['type'] }];
}

const IMPERATIVE = /^(?:add|insert|create|draw|put|place|rename|retitle|delete|remove|drop|connect|link|make|turn|convert|change|move|attach|set|füge|fuege|setze|benenne|lösche|loesche|entferne|verbinde|mache|mach|ändere|aendere|wandle|verschiebe|schiebe|lege|packe|hänge|haenge|erstelle|zeichne)\b|^(?:after|before)\b[^,]+,\s*(?:add|insert)\b/i;
const GENERATE = /^(?:create|draw|generate|model|build|make|erstelle|zeichne|generiere|modelliere)\s+(?:me\s+|mir\s+)?(?:a|an|the|einen|ein|den|das|die)?\s*(?:new\s+|neuen\s+)?(?:process|diagram|workflow|prozess|diagramm|ablauf)\b\s*(?:for|of|für|zu|:|that|der|das)?/i;

// "… the process I just described", "… from above", "… den ich eben beschrieben habe": the steps are in the
// previous message.
const REFERS_BACK = /^(?:(?:that|which|what)\s+)?(?:i(?:'ve| have)?\s+(?:just\s+)?(?:described|explained|wrote|written)(?:\s+(?:above|before))?|(?:described\s+)?above|from\s+(?:my|the)\s+(?:last|previous)\s+message|(?:den|das|die|welchen|welches)?\s*(?:ich\s+)?(?:eben|gerade|oben|zuvor)\s+beschrieben(?:\s+habe)?|von\s+oben)$/i;

/** Strips politeness ("please", "could you", "bitte", "kannst du") so the patterns see the command. */
function command(text: string): string {
  return text
    .trim()
    .replace(/^(?:please|pls|could you|can you|would you|kindly|bitte|kannst du|könntest du|koenntest du)\s+/i, '')
    .replace(/^(?:please)\s+/i, '')
    .replace(/\s+(?:please|bitte)[.!]?$/i, '')
    .replace(/[.!]+$/, '')
    .trim();
}

/**
 * Reads one imperative request. Returns null when the message is not an edit request at all (the analyst then
 * answers it as a question), `unparsed` when it looks like one but is not a form we understand exactly.
 */
export function parseEditRequest(message: string, selection: string[] = []): ParsedEdit | null {
  const raw = command(message.replace(/\s+/g, ' '));
  if (!raw) return null;
  const gen = GENERATE.exec(raw);
  if (gen) {
    // The steps follow a colon or a line break; otherwise they are the rest of the command.
    const colon = message.trim().search(/[:\n]/);
    const description = (colon >= 0 ? message.trim().slice(colon + 1) : raw.slice(gen[0].length)).trim();
    if (REFERS_BACK.test(description.replace(/^[,;\s]+|[.!]+$/g, ''))) return { kind: 'generate', description: '', previous: true };
    return { kind: 'generate', description };
  }
  if (!IMPERATIVE.test(raw)) return null;
  const { text, quotes } = extractQuotes(raw);
  const refs: Refs = { quotes, selection };
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    try {
      const ops = p.build(m, refs);
      if (ops) return { kind: 'ops', operations: ops };
    } catch (err) {
      if (err instanceof NeedSelection) {
        return { kind: 'unparsed', reason: 'You wrote "this" or "it", but nothing is selected on the canvas. Select the element first, or name it in quotes.' };
      }
      throw err;
    }
  }
  return { kind: 'unparsed', reason: 'I could not read that as one of the changes I can make exactly.' };
}

/** The "forms I understand" list, in the language the user wrote in. */
export function understoodForms(message: string): string[] {
  return /\b(?:füge|benenne|lösche|entferne|verbinde|mache|verschiebe|erstelle|bitte|und|der|die|das|einen|eine)\b/i.test(message) ? UNDERSTOOD_FORMS_DE : UNDERSTOOD_FORMS_EN;
}
