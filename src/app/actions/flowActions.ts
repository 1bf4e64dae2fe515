/** The flow as a whole: the library, import and export, trying a call, finding, help. */
import {
  Copy,
  Download,
  FilePlus2,
  FileUp,
  Keyboard,
  LayoutTemplate,
  Library,
  Network,
  PhoneIncoming,
  Search,
} from 'lucide-react';
import { isCode, isKey, isMod } from './keys';
import type { ActionView, AppAction } from './types';

/** A viewer of a team's library makes no flow: new, from a template, imported or tidied. */
const canChange = ({ state }: ActionView) => !state.readOnly;

export const flowActions: readonly AppAction[] = [
  {
    id: 'new-flow',
    label: 'Start a new flow',
    menuLabel: 'New flow…',
    icon: FilePlus2,
    // Ctrl+N belongs to the browser (a new window), and no page can take it.
    keys: ['Alt+N'],
    matches: (e) => e.altKey && !isMod(e) && !e.shiftKey && isCode(e, 'n'),
    enabled: canChange,
    perform: ({ ui }) => ui.askNewFlow(),
  },
  {
    id: 'flows',
    label: 'Your flows: open, rename, duplicate, delete',
    buttonLabel: 'Flows',
    icon: Library,
    keys: ['Mod+Shift+O'],
    matches: (e) => isMod(e) && e.shiftKey && !e.altKey && isKey(e, 'o'),
    perform: ({ ui, persistence }) => {
      persistence.autosave.flush(); // the list shows what is saved: save what is pending first
      ui.openFlows();
    },
    inControls: true,
  },
  {
    id: 'templates',
    label: 'Start from a template',
    buttonLabel: 'Templates',
    icon: LayoutTemplate,
    enabled: canChange,
    perform: ({ state }) => state.openTemplates(),
  },
  {
    id: 'import',
    label: 'Import RCML, FlexML or VoiceML documents',
    buttonLabel: 'Import',
    icon: FileUp,
    keys: ['Mod+O'],
    matches: (e) => isMod(e) && !e.shiftKey && !e.altKey && isKey(e, 'o'),
    enabled: canChange,
    perform: ({ state }) => state.openImport(),
    inControls: true,
  },
  {
    id: 'simulate',
    label: 'Try a call in the browser, step by step (again: close it)',
    buttonLabel: 'Simulate',
    icon: PhoneIncoming,
    keys: ['Mod+Enter'],
    matches: (e) => isMod(e) && !e.shiftKey && !e.altKey && e.key === 'Enter',
    pressed: (state) => state.simulatorOpen,
    perform: ({ state }) => (state.simulatorOpen ? state.closeSimulator() : state.openSimulator()),
    inControls: true,
  },
  {
    id: 'search',
    label: 'Search the flow',
    icon: Search,
    keys: ['Mod+F'],
    matches: (e) => isMod(e) && !e.shiftKey && !e.altKey && isKey(e, 'f'),
    perform: ({ ui }) => ui.openSearch(),
  },
  {
    id: 'tidy-up',
    label: 'Tidy up: lay the whole flow out, top to bottom',
    buttonLabel: 'Tidy up',
    icon: Network,
    // Alt+Shift+T would be Chrome's "focus the toolbar"; L for layout is free in the browsers.
    keys: ['Alt+Shift+L'],
    matches: (e) => e.altKey && e.shiftKey && !isMod(e) && isCode(e, 'l'),
    enabled: (view) => canChange(view) && view.state.flow.nodes.length > 1,
    // The layout loads when first asked for.
    perform: ({ store, reactFlow }) =>
      void import('../../canvas/tidyUp').then(({ tidyUp }) => tidyUp(store, reactFlow)),
    inControls: true,
  },
  {
    id: 'copy-document',
    label: 'Copy the document on show in the preview',
    menuLabel: 'Copy the document on show',
    icon: Copy,
    perform: ({ ui }) => ui.requestExport('copy'),
  },
  {
    id: 'download',
    label: 'Download the flow for your voice platform',
    buttonLabel: 'Download',
    icon: Download,
    keys: ['Mod+S'],
    matches: (e) => isMod(e) && !e.shiftKey && !e.altKey && isKey(e, 's'),
    perform: ({ ui }) => ui.requestExport('download'),
    inControls: true,
  },
  {
    id: 'help',
    label: 'Show the keyboard shortcuts',
    menuLabel: 'Keyboard shortcuts',
    icon: Keyboard,
    keys: ['?'],
    matches: (e) => e.key === '?' && !isMod(e),
    perform: ({ ui }) => ui.openHelp(),
  },
];
