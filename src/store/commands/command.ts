/**
 * A document command: one named change to the flow, defined on its own (what it changes, how
 * it merges, what it says), as bpmn-js's command handlers or excalidraw's actions are. The
 * store's executor (`execute` in src/store/documentSlice.ts) runs any of them the same way: a
 * viewer is refused in words, the flow is committed once (one undo step), the merge key folds
 * a burst into one step, and the selection and notice follow.
 */
import type { MeasuredSizes } from '../../canvas/nodeBoxes';
import type { Flow } from '../../schema/flow';
import type { FlowDerived } from '../derived';

/**
 * What a command reads: the flow and the editor state around it (the store's state is one),
 * never the store's actions.
 */
export interface CommandContext {
  readonly flow: Flow;
  readonly selectedNodeIds: readonly string[];
  readonly selectedEdgeIds: readonly string[];
  readonly measured: MeasuredSizes;
  /** What the store derives from its flows (the graph, the problems): see FlowDerived. */
  readonly derived: FlowDerived;
}

/** What a command did. The rest follows the new flow (or no change), never a viewer's refusal. */
export interface Change<R> {
  /** The flow after it: the very same object when it changes nothing (then no undo step). */
  readonly flow: Flow;
  /** What the store's action returns (a new node's id, how many were pasted). */
  readonly value?: R;
  /** The step's name when it is not the command's id (replaceFlow's “import”, “restore”). */
  readonly action?: string;
  /** Selected afterwards, scrolled into view, and with `focusInspector` its first field focused. */
  readonly reveal?: { readonly nodeId: string; readonly focusInspector: boolean };
  /** Selected afterwards (pasted copies; what a deletion left). */
  readonly select?: { readonly nodeIds: readonly string[]; readonly edgeIds?: readonly string[] };
  /** Said afterwards: a step that joined nothing, a value cut to its limit, a repaired paste. */
  readonly notice?: { readonly text: string; readonly tone: 'info' | 'success' | 'warning' };
}

/** The command cannot do this, and says why; nothing changes. */
export interface Refusal {
  readonly refused: string;
}

export interface Command<A extends readonly unknown[] = [], R = void> {
  /** The step's name (`lastAction`): what the history and the benchmarks call it. */
  readonly id: string;
  run(context: CommandContext, ...args: A): Change<R> | Refusal;
  /**
   * Changes of the same key in quick succession are one undo step (a burst of typing, arrow-key
   * nudges in a row); without a key, each change is its own step.
   */
  mergeKey?(...args: A): string | undefined;
}

/** No change: the action does nothing (and makes no step), returning `value`. */
export function unchanged<R>(context: CommandContext, value?: R): Change<R> {
  return { flow: context.flow, value };
}

export function isRefusal<R>(outcome: Change<R> | Refusal): outcome is Refusal {
  return 'refused' in outcome;
}
