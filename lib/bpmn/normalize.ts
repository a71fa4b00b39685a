// Turns a BPMN file as real tools write it into XML that bpmn-moddle reads without losing anything:
// - bytes are decoded in the encoding the XML prolog declares (UTF-8 by default; Latin-1/windows-1252, …);
// - references written as QNames (`bpmnElement="ns:Task_1"`, `<incoming>ns:Flow_1</incoming>`) are reduced to the
//   plain id. BPMN's schema types these as xsd:QName, so exporters may prefix them; bpmn-moddle resolves only bare
//   ids and silently drops the rest (boundary events lose their host, shapes lose their element).
// Pure string work with TextDecoder: runs the same in Node and in the browser.

export type NormalizedBpmn = {
  xml: string;
  /** Encoding the bytes were decoded with (null when a string came in). */
  encoding: string | null;
  /** How many QName-prefixed references were reduced to plain ids. */
  qnameRefs: number;
};

/** Attributes that hold one id reference (or, for the *Refs ones, a space-separated list). */
const REF_ATTRS = [
  'bpmnElement', 'attachedToRef', 'sourceRef', 'targetRef', 'processRef', 'default', 'messageRef', 'errorRef',
  'signalRef', 'escalationRef', 'activityRef', 'dataObjectRef', 'dataStoreRef', 'categoryValueRef', 'operationRef',
  'sourceElement', 'targetElement', 'labelStyle', 'choreographyActivityShape', 'participantRef', 'calledChoreographyRef',
  'initiatingParticipantRef', 'interfaceRef', 'implementationRef', 'eventDefinitionRefs', 'inMessageRef', 'outMessageRef',
  'partitionElementRef', 'innerMessageFlowRef', 'outerMessageFlowRef', 'conditionRef',
];
/** Elements whose text content is one id reference. */
const REF_ELEMENTS = [
  'incoming', 'outgoing', 'flowNodeRef', 'sourceRef', 'targetRef', 'interfaceRef', 'participantRef', 'messageFlowRef',
  'eventDefinitionRef', 'dataInputRefs', 'dataOutputRefs', 'inputSetRefs', 'outputSetRefs', 'supportedInterfaceRef',
  'categoryValueRef', 'resourceRef', 'errorRef',
];

const LABELS: Record<string, string> = { latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', 'iso_8859-1': 'windows-1252', ascii: 'windows-1252', 'us-ascii': 'windows-1252' };

/** Encoding named in the prolog (`<?xml version="1.0" encoding="ISO-8859-1"?>`), or null. */
export function declaredEncoding(head: string): string | null {
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decode a file's bytes: BOM first, then the prolog's declaration, UTF-8 otherwise. */
export function decodeBpmnBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // The prolog is ASCII in every ASCII-compatible encoding; read it with a byte-per-char decoder.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 200));
  const declared = declaredEncoding(head);
  let label = declared ? (LABELS[declared] ?? declared) : 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    label = 'utf-8';
    decoder = new TextDecoder(label);
  }
  return { text: decoder.decode(bytes), encoding: label };
}

function stripPrefix(value: string, prefixes: Set<string>): string {
  const m = /^([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)$/.exec(value);
  return m && prefixes.has(m[1]!) ? m[2]! : value;
}

/** Full normalisation with what was done; see the module comment. */
export function normalizeBpmn(input: string | Uint8Array): NormalizedBpmn {
  let encoding: string | null = null;
  let xml: string;
  if (typeof input === 'string') xml = input.replace(/^\uFEFF/, '');
  else ({ text: xml, encoding } = decodeBpmnBytes(input));
  // The text is a JS string now: a prolog naming another encoding would only confuse the next reader.
  if (encoding) xml = xml.replace(/^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']/, '$1 encoding="UTF-8"');

  const prefixes = new Set<string>();
  for (const m of xml.matchAll(/\bxmlns:([A-Za-z_][\w.-]*)\s*=/g)) prefixes.add(m[1]!);
  let qnameRefs = 0;
  if (!prefixes.size) return { xml, encoding, qnameRefs };

  const attrRe = new RegExp(`(\\s(?:${REF_ATTRS.join('|')})\\s*=\\s*)(["'])([^"']*:[^"']*)\\2`, 'g');
  xml = xml.replace(attrRe, (whole, lead: string, q: string, value: string) => {
    const parts = value.split(/\s+/).filter(Boolean);
    const next = parts.map((p) => stripPrefix(p, prefixes));
    const changed = next.filter((p, i) => p !== parts[i]).length;
    if (!changed) return whole;
    qnameRefs += changed;
    return `${lead}${q}${next.join(' ')}${q}`;
  });
  const elRe = new RegExp(`(<(?:[A-Za-z_][\\w.-]*:)?(?:${REF_ELEMENTS.join('|')})>)\\s*([A-Za-z_][\\w.-]*:[A-Za-z_][\\w.-]*)\\s*(</)`, 'g');
  xml = xml.replace(elRe, (whole, open: string, value: string, close: string) => {
    const next = stripPrefix(value, prefixes);
    if (next === value) return whole;
    qnameRefs++;
    return `${open}${next}${close}`;
  });
  return { xml, encoding, qnameRefs };
}

/** String or bytes in, XML string out (see normalizeBpmn for what changes). */
export function normalizeBpmnXml(input: string | Uint8Array): string {
  return normalizeBpmn(input).xml;
}
