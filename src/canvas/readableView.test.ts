import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../schema/flow';
import { READABLE_ZOOM, readableViewport } from './readableView';

/** Verbs (240 × 80 each, as drawn unmeasured) at these top-left corners. */
function nodesAt(...corners: [number, number][]): FlowNode[] {
  return corners.map(
    ([x, y], i) => ({ id: `n${i}`, kind: 'say', attributes: {}, position: { x, y } }) as FlowNode,
  );
}

const CANVAS = { width: 800, height: 600 };
const NOTHING_MEASURED = new Map();

describe('readableViewport', () => {
  it('fits a flow that fits at 60 % or more, never above 100 %', () => {
    const small = readableViewport(nodesAt([0, 0]), NOTHING_MEASURED, CANVAS);
    expect(small.zoom).toBe(1);
    const wide = readableViewport(nodesAt([0, 0], [700, 0]), NOTHING_MEASURED, CANVAS);
    expect(wide.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(wide.zoom).toBeLessThan(1);
  });

  it('shows a flow too big to fit at 60 %, from its top and left, the rest a pan away', () => {
    const tall = nodesAt(
      ...Array.from({ length: 30 }, (_, i) => [100, 50 + i * 130] as [number, number]),
    );
    const view = readableViewport(tall, NOTHING_MEASURED, CANVAS);
    expect(view.zoom).toBe(READABLE_ZOOM);
    // The first box is on screen, near the top; it fits across, so it is centred across.
    const top = 50 * view.zoom + view.y;
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(100);
    const centre = (100 + 120) * view.zoom + view.x;
    expect(centre).toBeCloseTo(CANVAS.width / 2);

    const both = nodesAt(
      ...Array.from({ length: 30 }, (_, i) => [i * 300, i * 130] as [number, number]),
    );
    const corner = readableViewport(both, NOTHING_MEASURED, CANVAS);
    expect(corner.zoom).toBe(READABLE_ZOOM);
    expect(corner.x).toBeGreaterThan(0); // its left edge a margin in
    expect(corner.x).toBeLessThan(100);
  });
});
