// Cheap checks on diagram XML before it is stored: size and DOCTYPE by text, the root element with saxen (which
// expands no entities and reads no DTD), stopping at the first tag.
import { createHash } from 'node:crypto';
import { Parser } from 'saxen';
import { AppError } from '@/lib/errors';
import { assertSafeBpmnText, BPMN_MAX_BYTES } from '@/lib/bpmn/parse';

/** The largest diagram XML we store (one revision). */
export const MAX_XML_BYTES = BPMN_MAX_BYTES;

const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Refuse XML that is too large (413), carries a DOCTYPE/entities (422), or is not a BPMN 2.0 document (422). */
export function assertStorableBpmn(xml: string): void {
  assertSafeBpmnText(xml);
  if (rootNamespace(xml, 'definitions') !== BPMN_MODEL_NS) {
    throw new AppError('invalidFile', 'This is not a BPMN 2.0 diagram (no <definitions> element in the BPMN model namespace).');
  }
}

/** The namespace of the document's root element when its local name is `local`, else null. */
function rootNamespace(xml: string, local: string): string | null {
  let ns: string | null = null;
  let seen = false;
  const parser = new Parser();
  parser.on('openTag', (name: string, getAttrs: () => Record<string, string>) => {
    if (seen) return;
    seen = true;
    const colon = name.indexOf(':');
    if (name.slice(colon + 1) !== local) return;
    const attrs = getAttrs();
    ns = attrs[colon === -1 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`] ?? null;
  });
  parser.on('error', () => {
    seen = true;
  });
  parser.parse(xml);
  return ns;
}
