import { START_NODE_ID } from '../../schema/flow';
import type { FlowRule } from '../types';

export const emptyCall: FlowRule = {
  id: 'empty-call',
  severity: 'warning',
  description: 'An incoming call with no verb connected exports an empty document.',
  scope: 'flow',
  reads: 'structure',
  *check({ graph }) {
    if (graph.mainChain.length === 0) {
      yield {
        nodeId: START_NODE_ID,
        message:
          'Nothing happens to incoming calls yet. Add a verb from the palette and connect it here.',
      };
    }
  },
};
