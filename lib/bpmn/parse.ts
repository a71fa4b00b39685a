// Server-side BPMN parsing with bpmn-moddle (saxen underneath: no DTDs, no entity expansion).
// Inputs are capped and anything with a DOCTYPE is refused outright, so no XML tricks reach the parser.
import { BpmnModdle } from 'bpmn-moddle';
import { AppError } from '@/lib/errors';
import { formatBytes } from '@/lib/format';
import { normalizeBpmnBytes, normalizeBpmnText } from './normalize';

/** Largest diagram XML we store or parse. Real diagrams are far smaller; this bounds CPU and memory. */
export const BPMN_MAX_BYTES = 5 * 1024 * 1024;

// moddle elements are dynamic; keep the type loose and narrow where we read them.
export type ModdleElement = { $type: string; $parent?: ModdleElement; id?: string; name?: string; [key: string]: any };

export type ParsedBpmn = {
  definitions: ModdleElement;
  /** What the parser dropped or did not understand (bpmn-moddle's words; plainWarning() says them for people). */
  warnings: string[];
  /** What was repaired before parsing (encoding, QName references), in plain words. */
  notes: string[];
};

export class BpmnParseError extends AppError {
  constructor(message: string) {
    super('invalidFile', message);
  }
}

/**
 * The checks every diagram XML passes before anything reads it: a size cap (413) and no DOCTYPE/entities (422:
 * billion-laughs and XXE have no place in BPMN). Parser-free, so it is cheap enough for every save.
 */
export function assertSafeBpmnText(xml: string): void {
  const size = Buffer.byteLength(xml, 'utf8');
  if (size > BPMN_MAX_BYTES) {
    throw new AppError('limitsReached', `This diagram is ${formatBytes(size)}, larger than allowed: the limit is ${formatBytes(BPMN_MAX_BYTES)}.`);
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new BpmnParseError('Diagrams with a DOCTYPE or entity declarations are not accepted.');
}

/** Parse a diagram; bytes are decoded as their prolog says, QName references resolved first (see normalize.ts). */
export async function parseBpmn(input: string | Uint8Array): Promise<ParsedBpmn> {
  if (input instanceof Uint8Array ? !input.length : typeof input !== 'string' || !input.trim()) throw new BpmnParseError('The diagram is empty.');
  const normalized = input instanceof Uint8Array ? normalizeBpmnBytes(input) : normalizeBpmnText(input);
  const xml = normalized.xml;
  if (!xml.trim()) throw new BpmnParseError('The diagram is empty.');
  assertSafeBpmnText(xml);
  const moddle = new BpmnModdle();
  let result: { rootElement: ModdleElement; warnings: { message: string }[] };
  try {
    result = (await moddle.fromXML(xml, 'bpmn:Definitions')) as unknown as typeof result;
  } catch (err) {
    throw new BpmnParseError(`The diagram is not valid BPMN XML: ${(err as Error).message.split('\n')[0]}`);
  }
  return { definitions: result.rootElement, warnings: result.warnings.map((w) => w.message), notes: normalized.changes };
}
