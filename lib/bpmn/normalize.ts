// Text-level repairs that real-world BPMN files need before any BPMN parser sees them. Pure (no Node-only APIs):
// the browser (Open, drag-and-drop) and the server (POST /api/diagrams, analysis) run the same code.
//
// 1. Encoding: bytes are decoded by the BOM or the encoding the XML prolog declares (Latin-1, windows-1252, …),
//    and the prolog is rewritten to say UTF-8, which is what the text is from then on.
// 2. QName references: the BPMN XSD types references as QNames, so `bpmnElement="bpmn2:_V1"` or
//    `<incoming>ns:flow1</incoming>` are legal; bpmn-moddle resolves references by bare id only. A prefixed
//    value is reduced to its local part when the prefix is declared in the file and the local part is an id.

export type Normalized = { xml: string; encoding: string; changes: string[] };

const PROLOG = /^\s*<\?xml\b[^?]*\?>/;
const DECLARED = /\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

const isUtf8 = (label: string) => /^utf-?8$/i.test(label.trim());

// The WHATWG Encoding Standard decodes every Latin-1 label as windows-1252 (0x80–0x9F are € ‚ ƒ „ …), which is
// what the browser's TextDecoder does; Node's decoder maps those bytes to C1 controls. One table keeps both equal.
const WINDOWS_1252 = /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|iso-ir-100|latin1|l1|us-ascii|ascii|ansi_x3.4-1968|cp819|ibm819|csisolatin1)$/i;
const C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? C1.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** The encoding a document's bytes declare: a BOM first, then the prolog; UTF-8 when neither says. */
export function declaredEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // The prolog is ASCII in every encoding a BPMN tool writes, so reading the first bytes as Latin-1 is safe.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]!);
  const prolog = PROLOG.exec(head)?.[0];
  return prolog ? (DECLARED.exec(prolog)?.[1] ?? 'utf-8').toLowerCase() : 'utf-8';
}

/** The prolog (if any) rewritten to declare UTF-8, and a leading BOM dropped. */
export function withUtf8Prolog(xml: string): string {
  const text = xml.replace(/^\uFEFF/, '');
  return text.replace(PROLOG, (p) => p.replace(DECLARED, 'encoding="UTF-8"'));
}

/**
 * Decode a file's bytes into text. A file that declares a single-byte encoding but is valid UTF-8 with
 * non-ASCII characters is taken as UTF-8 (tools that copy the prolog but write UTF-8 exist; genuine Latin-1
 * text almost never forms valid multi-byte UTF-8 sequences).
 */
export function decodeBpmnBytes(bytes: Uint8Array): Normalized {
  const declared = declaredEncoding(bytes);
  const changes: string[] = [];
  let encoding = declared;
  let text: string;
  if (isUtf8(declared)) {
    text = new TextDecoder('utf-8').decode(bytes);
  } else {
    let asUtf8: string | null = null;
    if (!declared.startsWith('utf-16') && bytes.some((b) => b >= 0x80)) {
      try {
        asUtf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        asUtf8 = null;
      }
    }
    if (asUtf8 !== null) {
      encoding = 'utf-8';
      text = asUtf8;
      changes.push(`The file declares ${declared} but is written in UTF-8; it was read as UTF-8.`);
    } else {
      try {
        text = WINDOWS_1252.test(declared) ? decodeWindows1252(bytes) : new TextDecoder(declared).decode(bytes);
        changes.push(`Read as ${declared}, the encoding the file declares, and stored as UTF-8.`);
      } catch {
        encoding = 'utf-8';
        text = new TextDecoder('utf-8').decode(bytes);
        changes.push(`The file declares an encoding this app does not know (${declared}); it was read as UTF-8.`);
      }
    }
  }
  return { xml: withUtf8Prolog(text), encoding, changes };
}

// Attributes whose values are references (QNames in the XSD). Any attribute ending in Ref/Refs is one, too.
const REF_ATTRS = new Set(['bpmnElement', 'sourceElement', 'targetElement', 'labelStyle', 'default', 'calledElement', 'choreographyActivityShape']);
const isRefAttr = (name: string) => REF_ATTRS.has(name) || /Refs?$/.test(name);
// Elements whose text is a reference.
const isRefElement = (local: string) => local === 'incoming' || local === 'outgoing' || /Refs?$/.test(local);

/** Reduce QName-prefixed references to bare ids (see the file comment). Returns how many were changed. */
export function resolveQNameRefs(xml: string): { xml: string; resolved: number } {
  const prefixes = new Set<string>();
  for (const m of xml.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=/g)) prefixes.add(m[1]!);
  if (!prefixes.size) return { xml, resolved: 0 };
  const ids = new Set<string>();
  for (const m of xml.matchAll(/\sid\s*=\s*"([^"]*)"/g)) ids.add(m[1]!);
  for (const m of xml.matchAll(/\sid\s*=\s*'([^']*)'/g)) ids.add(m[1]!);
  let resolved = 0;
  const fix = (token: string): string => {
    const i = token.indexOf(':');
    if (i <= 0 || ids.has(token)) return token;
    const prefix = token.slice(0, i);
    const local = token.slice(i + 1);
    if (!prefixes.has(prefix) || !ids.has(local)) return token;
    resolved++;
    return local;
  };
  const fixList = (value: string) => value.replace(/[^\s]+/g, fix);
  // Attribute values inside start tags only (never text, comments or CDATA).
  let out = xml.replace(/<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\b[^<>]*>/g, (tag) => {
    if (tag.startsWith('<!') || tag.startsWith('<?')) return tag;
    return tag.replace(/(\s)([A-Za-z_][\w.-]*)(\s*=\s*)(["'])([^"']*)\4/g, (m, sp, name, eq, q, value) =>
      isRefAttr(name) && value.includes(':') ? `${sp}${name}${eq}${q}${fixList(value)}${q}` : m,
    );
  });
  // Reference elements' text: <bpmn2:incoming>bpmn2:Flow_1</bpmn2:incoming>.
  out = out.replace(/<((?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*))(\s[^<>]*)?>([^<]*)<\/\1\s*>/g, (m, qname, local, attrs, text: string) =>
    isRefElement(local) && text.includes(':') ? `<${qname}${attrs ?? ''}>${text.replace(/[^\s]+/g, fix)}</${qname}>` : m,
  );
  return { xml: out, resolved };
}

/** Text already decoded (a JSON body, a stored revision): the UTF-8 prolog and the QName repair. */
export function normalizeBpmnText(xml: string): Normalized {
  const changes: string[] = [];
  let text = withUtf8Prolog(xml);
  const q = resolveQNameRefs(text);
  text = q.xml;
  if (q.resolved) changes.push(`${q.resolved} prefixed reference${q.resolved > 1 ? 's' : ''} (like "bpmn2:Task_1") resolved to plain ids.`);
  return { xml: text, encoding: 'utf-8', changes };
}

/** File bytes → decoded, normalised text, with the list of what was changed and why. */
export function normalizeBpmnBytes(bytes: Uint8Array): Normalized {
  const decoded = decodeBpmnBytes(bytes);
  const rest = normalizeBpmnText(decoded.xml);
  return { xml: rest.xml, encoding: decoded.encoding, changes: [...decoded.changes, ...rest.changes] };
}
