import { Position as Side } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { ObstacleIndex, pathPoints, routeEdge, type Box, type EdgeEnds } from './edgeRouting';

/** A column of boxes 240 × 90, 150 apart, as the layout stacks a document's verbs. */
function column(count: number, left = 0): Box[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `n${left}-${k}`,
    left,
    top: k * 150,
    right: left + 240,
    bottom: k * 150 + 90,
  }));
}

/** From the bottom centre of one box to the top centre of another. */
function ends(from: Box, to: Box, id = `${from.id}->${to.id}`): EdgeEnds {
  return {
    id,
    source: from.id,
    target: to.id,
    sourceX: (from.left + from.right) / 2,
    sourceY: from.bottom,
    targetX: (to.left + to.right) / 2,
    targetY: to.top,
    sourcePosition: Side.Bottom,
    targetPosition: Side.Top,
  };
}

/** Boxes, other than the connection's own two, that a drawn path runs through. */
function crossed(boxes: readonly Box[], path: string, own: readonly string[]): string[] {
  const points = pathPoints(path);
  const hit = new Set<string>();
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    // Sample each run every 2 px.
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
    for (let s = 0; s <= steps; s++) {
      const x = a.x + ((b.x - a.x) * s) / steps;
      const y = a.y + ((b.y - a.y) * s) / steps;
      for (const box of boxes) {
        if (own.includes(box.id)) continue;
        if (x > box.left + 1 && x < box.right - 1 && y > box.top + 1 && y < box.bottom - 1) {
          hit.add(box.id);
        }
      }
    }
  }
  return [...hit];
}

describe('routeEdge', () => {
  const boxes = column(6);
  const index = new ObstacleIndex(boxes);

  it('is checked by a test that sees a path through a box', () => {
    expect(crossed(boxes, 'M120 90L120 600', [])).toEqual(['n0-1', 'n0-2', 'n0-3']);
  });

  it('draws a connection to the verb right under as React Flow does: straight down', () => {
    const [path] = routeEdge(index, ends(boxes[1]!, boxes[2]!));
    expect(pathPoints(path).every((p) => p.x === 120)).toBe(true);
  });

  it('takes a jump down a column around the verbs it passes, not through them', () => {
    const edge = ends(boxes[0]!, boxes[4]!);
    const [path, labelX] = routeEdge(index, edge);
    expect(crossed(boxes, path, [edge.source, edge.target])).toEqual([]);
    // Along a lane in the gap right of the column, where the "+" sits too.
    expect(labelX).toBeGreaterThan(240);
    expect(labelX).toBeLessThan(240 + 50);
  });

  it('takes a Redirect back up to an earlier verb around the column', () => {
    const edge = ends(boxes[5]!, boxes[1]!);
    const [path] = routeEdge(index, edge);
    expect(crossed(boxes, path, [edge.source, edge.target])).toEqual([]);
    const points = pathPoints(path);
    expect(points[0]).toEqual({ x: 120, y: boxes[5]!.bottom });
    expect(points.at(-1)).toEqual({ x: 120, y: boxes[1]!.top });
  });

  it('moves its lane past a box standing in the gap', () => {
    const beside: Box = { id: 'beside', left: 250, top: 200, right: 400, bottom: 400 };
    const all = [...boxes, beside];
    const edge = ends(boxes[0]!, boxes[5]!);
    const [path, labelX] = routeEdge(new ObstacleIndex(all), edge);
    expect(crossed(all, path, [edge.source, edge.target])).toEqual([]);
    expect(labelX).toBeGreaterThan(400);
  });

  it('leaves a decision by its side handle and still goes around', () => {
    const edge: EdgeEnds = {
      ...ends(boxes[0]!, boxes[3]!),
      sourceX: 240,
      sourceY: 60,
      sourcePosition: Side.Right,
    };
    const [path] = routeEdge(index, edge);
    expect(crossed(boxes, path, [edge.source, edge.target])).toEqual([]);
  });

  it('spreads connections that need the same lane', () => {
    const lanes = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map(
        (id) => routeEdge(index, ends(boxes[0]!, boxes[5]!, id))[1],
      ),
    );
    expect(lanes.size).toBeGreaterThan(1);
  });
});

describe('ObstacleIndex', () => {
  it('finds the box a segment meets among thousands, and none in the gaps', () => {
    const boxes = [0, 290, 580].flatMap((left) => column(2_000, left));
    const index = new ObstacleIndex(boxes);
    expect(index.blocking({ x: 410, y: 100 }, { x: 410, y: 200 }, [])?.id).toBe('n290-1');
    expect(index.blocking({ x: 410, y: 100 }, { x: 410, y: 200 }, ['n290-1'])).toBeUndefined();
    expect(index.blocking({ x: 410, y: 100 }, { x: 410, y: 1_000 }, [])?.id).toMatch(/^n290-/);
    // Down the gap between two columns, and along the gap between two rows.
    expect(index.blocking({ x: 265, y: 0 }, { x: 265, y: 300_000 }, [])).toBeUndefined();
    expect(index.blocking({ x: 0, y: 120 }, { x: 820, y: 120 }, [])).toBeUndefined();
    expect(index.blocking({ x: 0, y: 30 }, { x: 820, y: 30 }, [])).toBeDefined();
  });

  it('still finds boxes with one node dragged a billion pixels away', () => {
    const far: Box = { id: 'far', left: 1e9, top: 1e9, right: 1e9 + 240, bottom: 1e9 + 90 };
    const index = new ObstacleIndex([...column(50), far]);
    expect(index.blocking({ x: 120, y: 100 }, { x: 120, y: 200 }, [])?.id).toBe('n0-1');
    expect(index.blocking({ x: 1e9 + 100, y: 0 }, { x: 1e9 + 100, y: 2e9 }, [])?.id).toBe('far');
    expect(index.blocking({ x: 265, y: 0 }, { x: 265, y: 8_000 }, [])).toBeUndefined();
  });
});
