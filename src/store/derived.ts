import type { MeasuredSizes } from '../canvas/nodeBoxes';
import { CanvasNodeViews, type CachedEdgeView } from '../canvas/viewCache';
import { Obstacles } from '../canvas/obstacles';
import { FlowAnalysis } from '../model/documents';
import type { Flow, FlowEdge } from '../schema/flow';
import { problemsByNode } from '../validate/byNode';
import type { Problem } from '../validate/types';
import { FlowSerializer } from '../xml/serialize';
import { unchecked, type MakeValidation, type Validation } from './validation';

/**
 * Everything a store derives from its flows, in one place it owns (`state.derived`) and passes
 * to the core (as xyflow's store keeps its lookups): the graph and plan of each flow, its
 * documents, its problems and what the rules keep between runs, each node's problem list, the
 * canvas's node and edge views and the nodes as obstacles for routing connections. One per
 * store, so two stores (two tabs' worth of tests, a second designer) never share any of it; the
 * core (src/model, src/validate, src/xml) keeps nothing at module level.
 *
 * The store calls `follow` within each change, before any subscriber hears of it: whichever view
 * reads first finds it up to date, whatever order they subscribed in, and selectors only read.
 */
export class FlowDerived {
  /** The graph and plan of each flow: the export, validation and the views share them. */
  readonly analysis = new FlowAnalysis();
  readonly serializer = new FlowSerializer(this.analysis);
  #validation: Validation = unchecked(this.analysis);
  #checks = false;
  readonly #checking = settledLater();
  /** The nodes as obstacles for routing connections (src/canvas/edgeRouting.ts). */
  readonly obstacles = new Obstacles();
  /**
   * React Flow re-processes any node or edge object that is not `===` to the last one, so each
   * flow node and edge keeps its view until something it shows changes (src/canvas).
   */
  readonly nodeViews = new CanvasNodeViews();
  readonly edgeViews = new WeakMap<FlowEdge, CachedEdgeView>();

  /** The checked flow's problems by node, each list kept while it reads the same. */
  #nodeProblems: ReadonlyMap<string, readonly Problem[]> = new Map();
  /**
   * The last problem list handed out per node. A new validation reuses it when the node's
   * problems read the same, so a node re-renders only when its own problems change.
   */
  readonly #stableLists = new Map<string, { signature: string; list: readonly Problem[] }>();
  #checkedFlow: Flow | undefined;

  /** What flows are checked with: one that finds nothing until validation is there. */
  get validation(): Validation {
    return this.#validation;
  }

  /** Whether problems are looked for yet (validation loads after the app's first paint). */
  get checks(): boolean {
    return this.#checks;
  }

  /** Settles once problems are looked for (rejected when validation could not be loaded). */
  get checking(): Promise<void> {
    return this.#checking.promise;
  }

  /**
   * Checks flows from now on with the validation `make` gives: the checked flow is checked again
   * at the next change of the store (the store makes one at once).
   */
  checkWith(make: MakeValidation): void {
    this.#validation = make(this.analysis);
    this.#checks = true;
    this.#checkedFlow = undefined;
    this.#checking.resolve();
  }

  /** Validation could not be loaded: whoever waits for it is told. */
  uncheckable(error: unknown): void {
    this.#checking.reject(error);
  }

  /** Brings everything up to date with a state of the store (`before` is the one it replaces). */
  follow(state: Followed, before?: Followed): void {
    if (state.flow !== before?.flow) this.analysis.plan(state.flow);
    if (state.flow.nodes !== before?.flow.nodes || state.measured !== before?.measured) {
      this.obstacles.follow(state.flow.nodes, state.measured);
    }
    if (state.checkedFlow !== this.#checkedFlow) this.#check(state.checkedFlow);
  }

  /** Problems on show for one node (of the checked flow): the same list while it reads the same. */
  nodeProblems(nodeId: string): readonly Problem[] {
    return this.#nodeProblems.get(nodeId) ?? NONE;
  }

  /** Works out each node's problem list once per flow checked. */
  #check(flow: Flow): void {
    this.#checkedFlow = flow;
    const lists = new Map<string, readonly Problem[]>();
    for (const [nodeId, list] of problemsByNode(this.#validation.problems(flow))) {
      const signature = list.map((p) => `${p.key}\u0000${p.message}`).join('\u0001');
      const previous = this.#stableLists.get(nodeId);
      const stable = previous?.signature === signature ? previous.list : list;
      this.#stableLists.set(nodeId, { signature, list: stable });
      lists.set(nodeId, stable);
    }
    this.#nodeProblems = lists;
  }
}

const NONE: readonly Problem[] = [];

/** A promise and the means to settle it; marked as handled, as nobody may ever wait for it. */
function settledLater() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** What the derived data follows in the store's state (AppState has these). */
export interface Followed {
  readonly flow: Flow;
  readonly checkedFlow: Flow;
  readonly measured: MeasuredSizes;
}
