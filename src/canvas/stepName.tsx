/**
 * Each step's accessible name ("Reject: busy (486)"), drawn by the step itself in a hidden
 * element that React Flow's node wrapper points at (`aria-labelledby`): the name follows every
 * edit without the node object React Flow holds changing, so typing in a field does not make
 * React Flow walk every node of a big flow again.
 */
import { useAppStore } from '../store/context';
import { selectFlowNode } from '../store/selectors';
import type { FlowNode } from '../schema/flow';

/** The id of the element holding the step's name; node ids may hold any character. */
export function stepNameId(nodeId: string): string {
  return `step-name-${encodeURIComponent(nodeId)}`;
}

export function StepName({ nodeId, name }: { nodeId: string; name: string }) {
  return (
    <span id={stepNameId(nodeId)} hidden>
      {name}
    </span>
  );
}

/** The step of that id as the flow holds it now (undefined while React Flow lets go of it). */
export function useFlowNode(nodeId: string): FlowNode | undefined {
  return useAppStore((s) => selectFlowNode(s, nodeId));
}
