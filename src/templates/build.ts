/**
 * Templates are built as a user builds a flow: with the model operations behind the palette,
 * the inspector and the canvas (add, edit, nest, connect). Node ids come from those operations;
 * every node is added at one seed position and the layout places them, as after an import.
 */
import { createFlow } from '../model/flow';
import { layoutFlow } from '../model/layout';
import { addChild, addNode, connect, updateChild, updateNode } from '../model/operations';
import type { FillIn, Flow, FlowNode, NestedElement } from '../schema/flow';
import type { TemplateEnvironment } from './types';

/** Where every node is added; layoutFlow moves them all. */
const SEED = { x: 0, y: 0 };

export interface StepSpec {
  readonly attributes?: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly label?: string;
}

/** Where a new node hangs: an outlet of a node already added (`next`, `action`, `open`, …). */
export type From = readonly [source: string, outlet: string];

/** What a field to fill says: what goes there, and the fake example the template wrote. */
export interface FillSpec {
  readonly what: string;
  readonly example: string;
}

export class TemplateBuilder {
  #flow: Flow;
  readonly #fillIn: FillIn[] = [];

  constructor(
    name: string,
    private readonly environment: TemplateEnvironment,
  ) {
    this.#flow = createFlow({ name });
  }

  /** Adds a verb or a decision with its values, connected from `from` when given. */
  add(kind: string, spec: StepSpec = {}, from?: From): string {
    const added = addNode(this.#flow, kind, SEED, { environment: this.environment });
    this.#flow = updateNode(added.flow, added.nodeId, spec);
    if (from) this.connect(from[0], from[1], added.nodeId);
    return added.nodeId;
  }

  /** Nests a noun or verb in a node (a Dial's Number, a Gather's Say) with its values. */
  nest(nodeId: string, verb: string, spec: Omit<StepSpec, 'label'> = {}): string {
    const added = addChild(this.#flow, nodeId, verb);
    if (!added.childId) throw new Error(`${nodeId} cannot hold a ${verb}`);
    this.#flow = updateChild(added.flow, nodeId, added.childId, spec);
    return added.childId;
  }

  /** Connects an outlet; a template that asks for a connection the model refuses is a bug. */
  connect(source: string, outlet: string, target: string): void {
    const connected = connect(this.#flow, source, outlet, target);
    if (connected === this.#flow) throw new Error(`Cannot connect ${source}.${outlet}`);
    this.#flow = connected;
  }

  /**
   * Marks a field the user must fill in. It must already hold the example: the template is
   * valid as it stands, and the field counts as filled once the example is gone.
   */
  fill(at: { nodeId: string; childId?: string }, field: string, spec: FillSpec): void {
    const element = this.#element(at.nodeId, at.childId);
    const value = field === 'text' ? element.text : element.attributes[field];
    if (!value?.includes(spec.example)) {
      throw new Error(`${at.nodeId} ${field} does not hold the example “${spec.example}”`);
    }
    this.#fillIn.push({
      nodeId: at.nodeId,
      ...(at.childId !== undefined ? { childId: at.childId } : {}),
      field,
      what: spec.what,
      example: spec.example,
    });
  }

  /** The flow, laid out by the layout code imports use, with its fields to fill. */
  done(): Flow {
    const flow = this.#fillIn.length > 0 ? { ...this.#flow, fillIn: this.#fillIn } : this.#flow;
    return layoutFlow(flow);
  }

  #element(nodeId: string, childId?: string): FlowNode | NestedElement {
    const node = this.#flow.nodes.find((n) => n.id === nodeId);
    const element = childId === undefined ? node : node?.children?.find((c) => c.id === childId);
    if (!element) throw new Error(`No element ${nodeId} ${childId ?? ''}`);
    return element;
  }
}
