/**
 * Validation of flows with decisions of every kind, wired any way a user could wire them: it
 * never throws, and what it says stays readable and addressable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionOf } from '../kinds';
import { dialectIds, flowWithDecisionsArb } from '../test/arbitraries';
import { PLAIN_SENTENCE } from '../test/validation';
import { validateFlow } from './index';

describe('validateFlow on flows with decisions', () => {
  it.each(dialectIds)(
    'never throws in %s, and every problem is a plain sentence about a node that is there',
    (dialect) => {
      fc.assert(
        fc.property(flowWithDecisionsArb(dialect), (flow) => {
          expect(flow.nodes.some((n) => decisionOf(n) !== undefined)).toBe(true);
          const problems = validateFlow(flow);
          const ids = new Set(flow.nodes.map((n) => n.id));
          for (const p of problems) {
            expect(p.message, p.ruleId).toMatch(PLAIN_SENTENCE);
            if (p.nodeId) expect(ids.has(p.nodeId), p.ruleId).toBe(true);
          }
          // Lists key their rows by it: never twice in one list.
          expect(new Set(problems.map((p) => p.key)).size).toBe(problems.length);
        }),
        { numRuns: 60 },
      );
    },
  );
});
