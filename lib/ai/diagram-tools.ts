// The diagram query tools a model may call (executed here, on the server).
import type { DiagramToolRegistry } from './tool-registry';
import { provisionalTools } from './provisional-tools';

export const diagramTools: DiagramToolRegistry = provisionalTools;
