import type { TemporalState } from 'zundo';
import type { StoreApi } from 'zustand';
import type { DialectConversion } from '../dialects/convert';
import type { NodePatch } from '../model/operations';
import type { Session } from '../platform';
import type { StoredFlow } from '../persist/library';
import type { Command } from './commands/command';
import type { FlowDerived } from './derived';
import type { DialectId, Flow, Position } from '../schema/flow';

/** The document: what is saved, undone and exported. Every change is a named action. */
export interface DocumentSlice {
  flow: Flow;
  /** Name of the last action that changed the flow (for history and debugging). */
  lastAction: string;
  /**
   * Runs a command (src/store/commands): the single path by which the flow changes, and the one
   * every action below takes. A viewer is refused in words; the change is one undo step (or
   * folds into the last, by the command's merge key); its selection and notice follow. Returns
   * the command's value, or undefined when it was refused.
   */
  execute<A extends readonly unknown[], R>(command: Command<A, R>, ...args: A): R | undefined;
  /**
   * Adds a verb or a decision (a decision kind as `verb`). Dropped or added from the keyboard, it
   * joins the selected step (with nothing selected, the end of a straight call) through the
   * outlet its definition says it follows, when that is free and makes no new problem; else it
   * stays unconnected and a notice says so (src/store/addStep.ts). Returns the new node's id.
   */
  addVerb(verb: string, options?: { position?: Position; via?: 'drop' | 'keyboard' }): string;
  /**
   * Puts a verb on the connection `edgeId`, between its two ends, in one undo step. A verb that
   * cannot go there (nothing runs after it) is refused with a notice. Returns the new node's id.
   */
  insertOnEdge(
    edgeId: string,
    verb: string,
    options?: { position?: Position; via?: 'drop' | 'keyboard' },
  ): string | undefined;
  /**
   * Adds a step on a node's outlet (a connection dropped on empty canvas, “New step…” by an
   * outlet's picker): connected to it, or put between it and where it led; selected, with focus
   * in its first field; one undo step. Refused with a notice where it may not go
   * (src/store/addStep.ts). Returns the new node's id.
   */
  addStepFrom(
    source: string,
    outlet: string,
    verb: string,
    options?: { position?: Position },
  ): string | undefined;
  updateNode(id: string, patch: NodePatch): void;
  /**
   * The ready "Email me the recording" path: an Email with the recording's placeholder on the
   * node's hand-off outlet (Record's "After recording"), in one undo step; selected and focused.
   * Returns the Email's id, or undefined when the verb or the dialect offers none.
   */
  addHandOffEmail(nodeId: string): string | undefined;
  /** Moves verbs. Nudges (arrow keys) in a row are one undo step; each drag is its own. */
  commitPositions(positions: ReadonlyMap<string, Position>, options?: { nudge?: boolean }): void;
  /** Puts nodes where a layout placed them (Tidy up): one undo step, however many it moves. */
  applyLayout(positions: ReadonlyMap<string, Position>): void;
  connect(source: string, outlet: string, target: string): void;
  /**
   * Points an outlet at a node, or at nothing (`null`): the inspector's outlet pickers. One undo
   * step, whatever the outlet led to before.
   */
  setOutlet(source: string, outlet: string, target: string | null): void;
  removeEdges(ids: readonly string[]): void;
  removeNodes(ids: readonly string[]): void;
  renameFlow(name: string): void;
  setBaseUrl(url: string): void;
  /** Nested elements (Dial's numbers, Gather's prompts). addChild returns the new child's id. */
  addChild(nodeId: string, verb: string): string | undefined;
  updateChild(nodeId: string, childId: string, patch: Omit<NodePatch, 'label'>): void;
  removeChild(nodeId: string, childId: string): void;
  moveChild(nodeId: string, childId: string, toIndex: number): void;
  /** Switches dialect at once when nothing would be lost, else asks (see `pendingConversion`). */
  requestDialect(to: DialectId): void;
  confirmDialect(): void;
  cancelDialect(): void;
  /** Replaces the whole flow in one undoable step (import, restore). */
  replaceFlow(action: string, flow: Flow, mergeKey?: string): void;
  /** Opens another flow: a fresh history and selection, not an undo step. */
  loadFlow(flow: Flow): void;
  undo(): void;
  redo(): void;
  /** Selection commands, shared by shortcuts and buttons. Each is one undo step. */
  copySelection(): number;
  cutSelection(): number;
  paste(): number;
  duplicateSelection(): number;
  deleteSelection(): void;
  nudgeSelection(dx: number, dy: number): void;
}

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'success' | 'warning';
}

/** A one-off request for a view to act (focus a field, reveal a node); `seq` makes it new. */
export interface ViewRequest {
  readonly nodeId: string;
  readonly seq: number;
}

/** Ephemeral editor state: never saved, undone or exported. */
export interface SessionSlice {
  selectedNodeIds: readonly string[];
  selectedEdgeIds: readonly string[];
  /** Positions of nodes being dragged; committed to the flow when the drag ends. */
  dragPositions: ReadonlyMap<string, Position>;
  /** Sizes React Flow measured, fed back to it on every render. */
  measured: ReadonlyMap<string, { width: number; height: number }>;
  pendingConversion: DialectConversion | null;
  notice: Notice | null;
  /**
   * Focus the inspector's first field of this node, once: the inspector consumes it when it
   * honours it, and a selection of anything else drops it.
   */
  focusRequest: ViewRequest | null;
  /** Marks the focus request `seq` honoured, so a later remount of the inspector does not. */
  consumeFocusRequest(seq: number): void;
  revealRequest: ViewRequest | null;
  /** The import dialog, with the files dropped on the canvas if that is how it opened. */
  importRequest: { readonly files: readonly File[] } | null;
  openImport(files?: readonly File[]): void;
  closeImport(): void;
  /** The templates gallery (toolbar, empty flow, Flows → New from a template). */
  templatesOpen: boolean;
  /** The name the user gave in New flow before choosing a template instead: the flow takes it. */
  templateFlowName: string | undefined;
  openTemplates(flowName?: string): void;
  closeTemplates(): void;
  /**
   * The flow the problems on show were found in. It follows `flow` just after the screen is
   * painted, so checking a large flow never holds back the preview of an edit.
   */
  checkedFlow: Flow;
  /**
   * The flow can be looked at, simulated and exported, not changed (a viewer of the team's
   * library): every change to the flow is refused, with a word why.
   */
  readonly readOnly: boolean;
  /** Whether the flow is safely stored in the browser, and what went wrong if not. */
  saveState: SaveState;
  /**
   * On a team's server: the version of this flow that answers calls (null: none yet); undefined
   * in a browser-only designer, which publishes nothing.
   */
  liveVersion: number | null | undefined;
  setLiveVersion(version: number | null | undefined): void;
  /** The "Calls" counts drawn on the canvas, while that toggle is on. */
  callOverlay: CallOverlay | null;
  setCallOverlay(overlay: CallOverlay | null): void;
  setSaveState(state: SaveState): void;
  /** Document shown in the preview; follows the selected node, or the tab the user chose. */
  previewFile: string;
  showPreviewFile(fileName: string): void;
  select(nodeIds: readonly string[], edgeIds?: readonly string[]): void;
  selectAll(): void;
  setDragPositions(positions: ReadonlyMap<string, Position>): void;
  setMeasured(sizes: ReadonlyMap<string, { width: number; height: number }>): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismissNotice(): void;
  /** Selects a node, scrolls it into view and, when asked, moves focus to the inspector. */
  reveal(nodeId: string, options?: { focusInspector?: boolean }): void;
}

/**
 * The call simulator (src/simulator): whether its panel is open, the simulated call on show and
 * whether its words are spoken. Session state, never in the undo history: simulating never
 * changes the flow. The calls are worked out by src/platform; this slice keeps what they give.
 */
export interface SimulationSlice {
  simulatorOpen: boolean;
  /** The call on show: its path is marked on the canvas. Null before a call is started. */
  simulatedCall: Session | null;
  /** Say spoken aloud by the browser; off until the user turns it on. */
  simulatorSound: boolean;
  openSimulator(): void;
  /** Leaves the simulation: the panel closes and the canvas drops the call's marks. */
  closeSimulator(): void;
  showCall(session: Session | null): void;
  setSimulatorSound(on: boolean): void;
}

/** What the store derives from its flows and keeps between edits (see FlowDerived). */
export interface DerivedSlice {
  readonly derived: FlowDerived;
}

export type AppState = DocumentSlice & SessionSlice & SimulationSlice & DerivedSlice;

/** The undo history: past and future flows (zundo's temporal store). */
export type HistoryState = TemporalState<Pick<AppState, 'flow'>>;

/** Store mutators: zundo adds `temporal` (the history) to the store's api. */
export type AppMutators = [['temporal', unknown]];

/** The history store zundo hangs on the api (it types it `unknown` for the slices). */
export function historyOf(api: object): StoreApi<HistoryState> {
  return (api as { temporal: StoreApi<HistoryState> }).temporal;
}

/** Where the open flow stands with the saved copy (src/app/autosave.ts sets it). */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'conflict'; readonly theirs: StoredFlow }
  | { readonly kind: 'storage'; readonly message: string }
  /** The stored copy of this flow cannot be read; it is kept, and this tab's changes wait. */
  | { readonly kind: 'unreadable'; readonly message: string }
  /** Saved in this browser, but the team's server cannot be reached: sent when it is back. */
  | { readonly kind: 'offline'; readonly message: string }
  /** Someone else saved this flow on the server since it was opened here. */
  | { readonly kind: 'server-conflict'; readonly theirs: ServerCopy }
  /** The server refused the save (signed out, deleted, too large): kept here, in words why. */
  | { readonly kind: 'refused'; readonly message: string; readonly signedOut?: boolean };

/** Calls that passed the live version's nodes in a period (no caller data). */
export interface CallOverlay {
  readonly days: number;
  readonly version: number;
  /** By node id: calls that reached it, and for a step that ends the call how (e.g. "Rejected 486"). */
  readonly nodes: ReadonlyMap<string, { readonly calls: number; readonly outcome?: string }>;
  /** By decision node id, then outlet id: calls that left through it. */
  readonly outlets: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** A flow as the team's server holds it, with who saved it last. */
export interface ServerCopy {
  readonly flow: Flow;
  readonly revision: number;
  readonly savedByName: string;
  readonly savedAt: number;
}
