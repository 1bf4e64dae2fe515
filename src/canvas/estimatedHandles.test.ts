import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { createNode } from '../model/flow';
import { NODE_HEIGHT, NODE_WIDTH } from '../model/layout';
import type { FlowNode } from '../schema/flow';
import { decisionHeight, outletCentreY } from './decisionGeometry';
import { estimatedGeometry } from './estimatedHandles';

const PARIS = { timeZone: 'Europe/Paris' };

function nodeOf(kind: string, attributes: Record<string, string> = {}): FlowNode {
  const node = createNode(kind, `${kind}-1`, { x: 0, y: 0 }, 'rcml', PARIS);
  return { ...node, attributes: { ...node.attributes, ...attributes } };
}

/** Each handle's id, side and centre. */
function handlesOf(node: FlowNode) {
  return estimatedGeometry(node, 'rcml').handles.map((h) => ({
    id: h.id ?? null,
    type: h.type,
    position: h.position,
    centre: { x: h.x + (h.width ?? 0) / 2, y: h.y + (h.height ?? 0) / 2 },
  }));
}

describe('estimatedGeometry', () => {
  it('puts a Check caller’s input on top and one outlet a row down its right edge', () => {
    expect(handlesOf(nodeOf('checkCaller'))).toEqual([
      {
        id: null,
        type: 'target',
        position: Position.Top,
        centre: { x: NODE_WIDTH / 2, y: 0 },
      },
      {
        id: 'matches',
        type: 'source',
        position: Position.Right,
        centre: { x: NODE_WIDTH, y: outletCentreY(0) },
      },
      {
        id: 'otherwise',
        type: 'source',
        position: Position.Right,
        centre: { x: NODE_WIDTH, y: outletCentreY(1) },
      },
    ]);
    expect(outletCentreY(1)).toBeGreaterThan(outletCentreY(0));
  });

  it('grows a Menu with its keys, every key and “Anything else” a handle', () => {
    const few = estimatedGeometry(nodeOf('menu', { keys: '1 2' }), 'rcml');
    const many = estimatedGeometry(nodeOf('menu', { keys: '1 2 3 4 5 6 7 8 9 0 * #' }), 'rcml');
    expect(few.handles.filter((h) => h.type === 'source').map((h) => h.id)).toEqual([
      'key:1',
      'key:2',
      'other',
    ]);
    expect(few.initialHeight).toBe(decisionHeight(3));
    expect(many.handles.filter((h) => h.type === 'source')).toHaveLength(13);
    expect(many.initialHeight).toBe(decisionHeight(13));
    expect(many.initialHeight).toBeGreaterThan(few.initialHeight);
    // The last handle is inside the node.
    const last = many.handles.at(-1)!;
    expect(last.y + (last.height ?? 0) / 2).toBeLessThan(many.initialHeight);
  });

  it('gives Check hours three outlets and Call outcome four', () => {
    const sources = (kind: string) =>
      handlesOf(nodeOf(kind))
        .filter((h) => h.type === 'source')
        .map((h) => h.id);
    expect(sources('checkHours')).toEqual(['open', 'closed', 'holiday']);
    expect(sources('callOutcome')).toEqual(['answered', 'busy', 'noAnswer', 'failed']);
  });

  it('keeps a verb’s outlets along its bottom edge', () => {
    const gather = estimatedGeometry(nodeOf('gather'), 'rcml');
    expect(gather.initialHeight).toBe(NODE_HEIGHT);
    expect(gather.handles.filter((h) => h.type === 'source').map((h) => h.position)).toEqual([
      Position.Bottom,
      Position.Bottom,
    ]);
  });
});
