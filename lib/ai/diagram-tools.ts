// The diagram query tools a model may call (executed here, on the server): the same registry the offline
// analyst answers from.
import { diagramToolSpecs, runDiagramTool } from '@/lib/bpmn/tools';
import type { DiagramToolRegistry } from './tool-registry';

export const diagramTools: DiagramToolRegistry = { specs: diagramToolSpecs, run: runDiagramTool };
