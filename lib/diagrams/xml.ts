// Cheap, parser-free checks on diagram XML before it is stored. We never run an entity-expanding parser here.
import { createHash } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { formatBytes } from '@/lib/http/route';

/** The largest diagram XML we store (one revision). */
export const MAX_XML_BYTES = 5 * 1024 * 1024;

const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Refuse XML that is too large (413), carries a DOCTYPE/entities (422: billion-laughs and XXE have no place in BPMN),
 * or is not a BPMN 2.0 document (422).
 */
export function assertStorableBpmn(xml: string): void {
  const size = Buffer.byteLength(xml, 'utf8');
  if (size > MAX_XML_BYTES) {
    throw new AppError('limitsReached', `This diagram is ${formatBytes(size)}; the limit is ${formatBytes(MAX_XML_BYTES)}.`);
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new AppError('invalidFile', 'Diagram XML must not contain a DOCTYPE or entity declarations.');
  }
  const root = /<(?:([A-Za-z_][\w.-]*):)?definitions\b([^>]*)>/.exec(xml);
  if (!root || !root[2]!.includes(BPMN_MODEL_NS)) {
    throw new AppError('invalidFile', 'This is not a BPMN 2.0 diagram (no <definitions> element in the BPMN model namespace).');
  }
}
