/**
 * What the user can do from the toolbar, a menu, the shortcuts dialog or a key, as data: one
 * definition an action, read by every place that offers it (as excalidraw's `actions/` do).
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { LucideIcon } from 'lucide-react';
import type { AppStore } from '../../store/createAppStore';
import type { AppState } from '../../store/types';
import type { Persistence } from '../persistence';
import type { ExportKind } from '../useExport';

/** The parts of the screen an action may open or move focus to. */
export interface ActionUi {
  openHelp(): void;
  /** Opens the search box over the canvas, or moves focus back into it. */
  openSearch(): void;
  openFlows(): void;
  /** Asks for the new flow's name, then creates it. */
  askNewFlow(): void;
  /** Download or Copy, after the user confirms when the flow has errors. */
  requestExport(kind: ExportKind): void;
  /** Signed in to a server: the team's people, and one's API tokens. */
  openPeople(): void;
  openTokens(): void;
  openPublish(): void;
  openVersions(): void;
  /** The "Calls" counts on the canvas: on (loaded for the last 24 hours) or off. */
  toggleCalls(): void;
}

export interface ActionContext {
  readonly store: AppStore;
  readonly state: AppState;
  readonly ui: ActionUi;
  readonly persistence: Persistence;
  /** The canvas (fit the view, read what is drawn). */
  readonly reactFlow: ReactFlowInstance;
  /** The key press that ran the action, if a key did. */
  readonly event?: KeyboardEvent;
}

/** What decides whether an action can run: the app's state and its undo history. */
export interface ActionView {
  readonly state: AppState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export interface AppAction {
  readonly id: string;
  /** What the action does, in the user's words: the shortcuts dialog and menus show it. */
  readonly label: string;
  /** A toolbar button's own short name, when it differs from `label`. */
  readonly buttonLabel?: string;
  /** A menu item's name, when it differs from `label`. */
  readonly menuLabel?: string;
  readonly icon?: LucideIcon;
  /** Keys as shown to the user; "Mod" reads Ctrl, or ⌘ on a Mac. */
  readonly keys?: readonly string[];
  /** Whether a key press runs this action (absent: no shortcut). */
  matches?(event: KeyboardEvent): boolean;
  /**
   * Whether its key works in a text field too (F6, Download, Simulate, Tidy up: keys a field does
   * nothing with); others leave those keys to the field. In a picker every chord works.
   */
  readonly inControls?: boolean;
  /** Whether it can run now (absent: always). A disabled action's button is disabled too. */
  enabled?(view: ActionView): boolean;
  /** Whether its button reads as pressed (a panel that is open). */
  pressed?(state: AppState): boolean;
  perform(context: ActionContext): void;
}
