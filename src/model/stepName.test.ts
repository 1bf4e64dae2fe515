import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../schema/flow';
import { stepName } from './stepName';

const node = (fields: Partial<FlowNode>): FlowNode => ({
  id: 'n',
  kind: 'say',
  position: { x: 0, y: 0 },
  attributes: {},
  ...fields,
});

describe('a step’s name for the controls that point at it', () => {
  it('is its label when it has one', () => {
    expect(stepName(node({ label: 'Welcome', text: 'Hello' }))).toBe('Welcome');
  });

  it('is its kind and the start of its text otherwise', () => {
    expect(stepName(node({ text: 'Step 11' }))).toBe('Say “Step 11”');
    expect(stepName(node({ text: 'Thank you for calling Example Company today' }))).toBe(
      'Say “Thank you for calling E…”',
    );
    expect(stepName(node({ kind: 'reject' }))).toBe('Reject');
    expect(stepName(node({ kind: 'checkCaller' }))).toBe('Check caller');
  });

  it('says “a step” for an end it cannot find', () => {
    expect(stepName(undefined)).toBe('a step');
  });
});
