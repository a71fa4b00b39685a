// Cheap, parser-free checks on diagram XML before it is stored. We never run an entity-expanding parser here.
import { createHash } from 'node:crypto';
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
  const root = /<(?:([A-Za-z_][\w.-]*):)?definitions\b([^>]*)>/.exec(xml);
  if (!root || !root[2]!.includes(BPMN_MODEL_NS)) {
    throw new AppError('invalidFile', 'This is not a BPMN 2.0 diagram (no <definitions> element in the BPMN model namespace).');
  }
}
