// The bpmn.io add-ons the modeler runs with, and the seam to the side pane's Properties tab.
// Standard BPMN 2.0 only: the BPMN properties provider, no Camunda/Zeebe extension providers or moddle packages.
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import TokenSimulationModule from 'bpmn-js-token-simulation';
import BpmnColorPickerModule from 'bpmn-js-color-picker';
import { CreateAppendAnythingModule } from 'bpmn-js-create-append-anything';
import { paletteKeyboardModule } from './palette-keyboard';
import { extraPropertiesModule } from './extra-properties';
import { importRulesModule } from './import-rules';


/** Modules for the properties panel, token simulation, colours, the create/append menus and a keyboard palette. */
export const addOnModules = [importRulesModule, BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, extraPropertiesModule, TokenSimulationModule, BpmnColorPickerModule, CreateAppendAnythingModule, paletteKeyboardModule];

/** The event token simulation fires when it is switched on or off. */
export const TOKEN_SIMULATION_TOGGLED = 'tokenSimulation.toggleMode';
