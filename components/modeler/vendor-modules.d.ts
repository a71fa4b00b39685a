// These bpmn.io packages ship no type declarations; they are used through bpmn-js's module system.
declare module 'diagram-js-minimap';
declare module 'bpmn-js-bpmnlint';
declare module 'bpmnlint/lib/resolver/static-resolver';
