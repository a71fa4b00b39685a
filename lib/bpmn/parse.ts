// Server-side BPMN parsing with bpmn-moddle (saxen underneath: no DTDs, no entity expansion).
// Inputs are capped and anything with a DOCTYPE is refused outright, so no XML tricks reach the parser.
import { BpmnModdle } from 'bpmn-moddle';
import { AppError } from '@/lib/errors';

/** Largest diagram we parse (characters). Real diagrams are far smaller; this bounds CPU and memory. */
export const BPMN_MAX_CHARS = 5 * 1024 * 1024;

// moddle elements are dynamic; keep the type loose and narrow where we read them.
export type ModdleElement = { $type: string; $parent?: ModdleElement; id?: string; name?: string; [key: string]: any };

export type ParsedBpmn = { definitions: ModdleElement; warnings: string[] };

export class BpmnParseError extends AppError {
  constructor(message: string) {
    super('invalidFile', message);
  }
}

export async function parseBpmn(xml: string): Promise<ParsedBpmn> {
  if (typeof xml !== 'string' || !xml.trim()) throw new BpmnParseError('The diagram is empty.');
  if (xml.length > BPMN_MAX_CHARS) throw new BpmnParseError(`The diagram is larger than ${BPMN_MAX_CHARS / 1024 / 1024} MB.`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new BpmnParseError('Diagrams with a DOCTYPE or entity declarations are not accepted.');
  const moddle = new BpmnModdle();
  let result: { rootElement: ModdleElement; warnings: { message: string }[] };
  try {
    result = (await moddle.fromXML(xml, 'bpmn:Definitions')) as unknown as typeof result;
  } catch (err) {
    throw new BpmnParseError(`The diagram is not valid BPMN XML: ${(err as Error).message.split('\n')[0]}`);
  }
  return { definitions: result.rootElement, warnings: result.warnings.map((w) => w.message) };
}
