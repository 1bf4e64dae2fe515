import type { Problem } from '../validate';
import { FlowSerializer } from '../xml/serialize';

/**
 * What a store derives from its flows and keeps between edits: the serializer (with the graph
 * and plan of the flow it saw last) and the problem lists handed to each node. Owned by one
 * store, so two stores (two tabs' worth of tests, a second designer) never share them.
 */
export class StoreDerived {
  readonly serializer = new FlowSerializer();
  /**
   * The last problem list handed out per node. A new validation reuses it when the node's
   * problems read the same, so a node re-renders only when its own problems change.
   */
  readonly stableLists = new Map<string, { signature: string; list: readonly Problem[] }>();
}
