import type { DialectDef, ResolvedVerb } from '../dialects/types';
import type { FlowDocuments } from '../model/documents';
import type { FlowGraph } from '../model/graph';
import type { Flow, FlowNode, NestedElement } from '../schema/flow';
import type { RuleMemo, RunMemo } from './memo';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable key: rule, node and field. */
  readonly key: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly nodeId?: string;
  /** The nested element (Dial's Number, Gather's Say) the problem is in, if any. */
  readonly childId?: string;
  /**
   * The field the problem is about (attribute name, or `text` for the body); for a decision's
   * outlet, the outlet's id (`closed`, `key:1`).
   */
  readonly field?: string;
  /** 1-based line of the field the problem is on (a list of numbers, one a line). */
  readonly line?: number;
  /** A sentence a non-programmer can act on. */
  readonly message: string;
}

export interface Finding {
  readonly nodeId?: string;
  readonly childId?: string;
  readonly field?: string;
  readonly line?: number;
  readonly message: string;
}

export interface ValidationContext {
  readonly flow: Flow;
  readonly graph: FlowGraph;
  readonly dialect: DialectDef;
  /**
   * Nodes the export writes: the verbs reachable from the incoming call (neither the start nor
   * a decision, which write no XML).
   */
  readonly exportedNodes: readonly FlowNode[];
  /** The verb of a node or nested element as the flow's dialect has it. Never for a decision. */
  resolve(element: FlowNode | NestedElement): ResolvedVerb;
  /** The documents the export writes (planned on first use, shared with the export). */
  readonly plan: FlowDocuments;
  /** What rules work out once in this run and share. */
  readonly run: RunMemo;
  /** What rules keep from one run to the next (see RuleMemo). */
  readonly kept: RuleMemo;
}

interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  /** What the rule protects against, for documentation and the problems list. */
  readonly description: string;
}

/**
 * A rule about the flow as a whole: its graph (what is reachable, loops, paths), several nodes
 * at once, the documents or the flow's settings. Run at every check.
 */
export interface FlowRule extends RuleInfo {
  readonly scope: 'flow';
  /**
   * What it reads. `structure`: the graph (node ids, connections), the dialect, the base URL and
   * each node's kind and label — the documents follow from these — and nothing else of a node:
   * its findings then carry over an edit of a field (FlowValidation). `content`: anything.
   */
  readonly reads: 'structure' | 'content';
  check(context: ValidationContext): Iterable<Finding>;
}

/**
 * A rule about one node at a time: what it finds on a node depends on that node (its fields,
 * its nested elements, its kind), the flow's dialect and which of the node's own outlets are
 * connected, and on nothing else. So a node an edit left as it was keeps its findings
 * (src/validate/nodeChecks.ts), and a check after a one-field edit runs it on one node.
 */
export interface NodeRule extends RuleInfo {
  readonly scope: 'node';
  /** The nodes it looks at: verbs (each with its nested elements), or decisions. */
  readonly nodes: NodeGroup;
  /** Findings on this node, each with the node's id. */
  checkNode(node: FlowNode, context: NodeContext): Iterable<Finding>;
}

export type NodeGroup = 'verbs' | 'decisions';

export type Rule = FlowRule | NodeRule;

/** All a node rule may look at besides the node: nothing of other nodes, nor of the graph. */
export interface NodeContext {
  readonly dialect: DialectDef;
  /** The verb of the node or a nested element as the flow's dialect has it. */
  resolve(element: FlowNode | NestedElement): ResolvedVerb;
  /** Whether the node's outlet leads somewhere (a connected outlet fills its field). */
  connected(outlet: string): boolean;
  /** For a verb: the node, then each nested element the catalog knows, with their verbs. */
  readonly elements: readonly ElementRef[];
  /** What rules keep from one run to the next (see RuleMemo). */
  readonly kept: RuleMemo;
}

/** One element a node writes: the node itself, or a noun or verb nested in it. */
export interface ElementRef {
  readonly node: FlowNode;
  readonly element: FlowNode | NestedElement;
  /** Set when the element is nested in the node (Dial's Number, Gather's Say). */
  readonly childId?: string;
  readonly verb: ResolvedVerb;
}
