// Window events between the modeler and the workspace around it. Dependency-free on purpose: the workspace is
// rendered on the server too, and the bpmn.io add-ons touch the DOM when they load.

/** Dispatched on window to bring the side pane's Properties tab forward (the workspace listens). */
export const OPEN_PROPERTIES_EVENT = 'procmod:open-properties';
