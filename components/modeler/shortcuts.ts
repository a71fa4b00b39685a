// Every shortcut the modeler answers to, for the "?" overlay. Canvas shortcuts work when the canvas has focus.
export type Shortcut = { keys: string[]; label: string };
export type ShortcutGroup = { title: string; items: Shortcut[] };

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Editing',
    items: [
      { keys: ['Mod', 'Z'], label: 'Undo' },
      { keys: ['Mod', 'Shift', 'Z'], label: 'Redo' },
      { keys: ['Mod', 'A'], label: 'Select all' },
      { keys: ['Mod', 'C'], label: 'Copy' },
      { keys: ['Mod', 'V'], label: 'Paste' },
      { keys: ['Delete'], label: 'Delete selection (also Backspace)' },
      { keys: ['E'], label: 'Edit label' },
      { keys: ['R'], label: 'Replace element' },
      { keys: ['Mod', 'F'], label: 'Find element' },
    ],
  },
  {
    title: 'Tools',
    items: [
      { keys: ['H'], label: 'Hand tool' },
      { keys: ['L'], label: 'Lasso tool' },
      { keys: ['S'], label: 'Space tool' },
      { keys: ['C'], label: 'Global connect tool' },
      { keys: ['T'], label: 'Token simulation on/off' },
      { keys: ['A'], label: 'Append element (create menu when nothing is selected)' },
      { keys: ['N'], label: 'Create element (searchable menu)' },
      { keys: ['Tab'], label: 'Palette: reach its entries; Enter places the element' },
      { keys: ['Esc'], label: 'Cancel / back to selection' },
    ],
  },
  {
    title: 'View',
    items: [
      { keys: ['Mod', '+'], label: 'Zoom in' },
      { keys: ['Mod', '−'], label: 'Zoom out' },
      { keys: ['Mod', '0'], label: 'Reset zoom' },
      { keys: ['Mod', '1'], label: 'Fit diagram' },
      { keys: ['Arrows'], label: 'Scroll canvas (Shift: faster)' },
    ],
  },
  {
    title: 'Procmod',
    items: [
      { keys: ['Mod', 'Shift', 'S'], label: 'Screenshot to chat' },
      { keys: ['Mod', 'S'], label: 'Save now' },
      { keys: ['Mod', 'O'], label: 'Open a .bpmn file' },
      { keys: ['Mod', 'Shift', 'L'], label: 'Toggle lint' },
      { keys: ['?'], label: 'Show this list' },
    ],
  },
];
