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

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** What the rule protects against, for documentation and the problems list. */
  readonly description: string;
  check(context: ValidationContext): Iterable<Finding>;
}
