// These bpmn.io packages ship no type declarations; they are used through bpmn-js's module system.
declare module 'diagram-js-minimap';
declare module 'bpmn-js-bpmnlint';
declare module 'bpmnlint/lib/resolver/static-resolver';
declare module 'bpmn-js-properties-panel';
declare module 'bpmn-js-token-simulation';
declare module 'bpmn-js-color-picker';
declare module 'bpmn-js-create-append-anything';
declare module 'bpmn-auto-layout';
declare module '@bpmn-io/properties-panel';
declare module '@bpmn-io/properties-panel/preact/jsx-runtime';
