/**
 * Connections that would run behind a box they do not belong to go around it instead.
 *
 * Routing is done here, per connection, from where its two ends are drawn and the boxes around
 * it, rather than by the layout: a layout's routes go stale with the first node the user drags,
 * and the flow keeps no bend points. Most connections of a laid-out flow are clear as React Flow
 * draws them (a verb to the one under it, an action to the next column); the few that are not
 * (a Redirect back up to an earlier verb, a jump down past a column's verbs, a join from far
 * away) leave their source downwards, run along a lane in the gap beside the boxes in their way,
 * and come into their target from above.
 *
 * Cheap at 1,000+ verbs: the boxes are indexed once per change of the nodes' positions or sizes
 * (`ObstacleIndex`, sorted strips of the canvas), and a connection asks about its own few
 * segments: O(log n + boxes met) each, memoised by the connection on its ends.
 */
import { getSmoothStepPath, Position as Side } from '@xyflow/react';
import { COLUMN_GAP } from '../model/layout';
import type { FlowNode } from '../schema/flow';
import type { AppState } from '../store/types';
import { nodeSize, type MeasuredSizes } from './nodeBoxes';

export interface Box {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Width of the strips (and height of the bands) boxes are filed in: narrower than the gaps
 * between columns and rows, so a lane or a turn in a gap looks in a strip or band that holds no
 * box at all, whatever the flow's size.
 */
const CELL = 16;
/** A line this close to a box's edge passes it (the handles sit on the edge). */
const TOUCH = 1;
/** How far below its source and above its target a routed connection turns. */
const CLEARANCE = 20;
/** Corner radius, as React Flow's smooth-step connections draw theirs. */
const RADIUS = 5;
/** Lanes sit in the gap beside the boxes, spread a little so connections do not share one. */
const LANE_OFFSETS = [COLUMN_GAP / 2, COLUMN_GAP / 2 - 8, COLUMN_GAP / 2 + 8] as const;
/** A lane blocked by a box moves past it; after this many, the route is taken as it is. */
const LANE_TRIES = 12;

/**
 * The nodes' boxes, filed twice: by vertical strip sorted by top (for vertical segments) and by
 * horizontal band sorted by left (for horizontal ones). A segment looks only in its own strip or
 * band, at the boxes that reach it: O(log n + boxes met).
 */
export class ObstacleIndex {
  readonly #strips: Filing;
  readonly #bands: Filing;
  readonly #byId = new Map<string, Box>();

  constructor(boxes: Iterable<Box>) {
    const all = [...boxes];
    for (const box of all) this.#byId.set(box.id, box);
    this.#strips = new Filing(all, STRIPS);
    this.#bands = new Filing(all, BANDS);
  }

  box(id: string): Box | undefined {
    return this.#byId.get(id);
  }

  /** A box an axis-aligned segment runs through, other than the ones excepted. */
  blocking(a: Point, b: Point, except: readonly string[]): Box | undefined {
    return a.x === b.x
      ? this.#strips.find(a.x, Math.min(a.y, b.y), Math.max(a.y, b.y), except)
      : this.#bands.find(a.y, Math.min(a.x, b.x), Math.max(a.x, b.x), except);
  }
}

/** Which way a filing cuts the canvas: where a box starts and ends across it and along it. */
interface Axes {
  acrossStart(box: Box): number;
  acrossEnd(box: Box): number;
  alongStart(box: Box): number;
  alongEnd(box: Box): number;
}

/** Vertical strips, each sorted from the top down. */
const STRIPS: Axes = {
  acrossStart: (box) => box.left,
  acrossEnd: (box) => box.right,
  alongStart: (box) => box.top,
  alongEnd: (box) => box.bottom,
};

/** Horizontal bands, each sorted from left to right. */
const BANDS: Axes = {
  acrossStart: (box) => box.top,
  acrossEnd: (box) => box.bottom,
  alongStart: (box) => box.left,
  alongEnd: (box) => box.right,
};

/**
 * Boxes filed across one axis in cells of CELL, each cell sorted along the other axis. The boxes
 * are sorted once and filed in that order, so every cell comes out sorted; the cells are runs of
 * one typed array (cell c holds `entries[start[c]..start[c + 1]]`), not thousands of small ones.
 */
class Filing {
  readonly #size: number;
  readonly #first: number;
  /** The boxes, by where they start along. */
  readonly #sorted: Box[];
  readonly #start: Int32Array;
  /** Positions in `#sorted`, cell after cell. */
  readonly #entries: Int32Array;
  /** The longest box of each cell, along: how far back a search must look. */
  readonly #longest: Float64Array;

  constructor(
    boxes: readonly Box[],
    private readonly axes: Axes,
  ) {
    let low = Infinity;
    let high = -Infinity;
    for (const box of boxes) {
      low = Math.min(low, axes.acrossStart(box));
      high = Math.max(high, axes.acrossEnd(box));
    }
    // A node dragged far away must not make millions of empty cells: past a few dozen cells a
    // box, the cells grow (searches look at more boxes, never at wrong ones).
    const most = 64 * boxes.length + 1_024;
    this.#size = Math.max(CELL, (high - low) / most);
    this.#first = boxes.length > 0 ? Math.floor(low / this.#size) : 0;
    const count = boxes.length > 0 ? Math.floor(high / this.#size) - this.#first + 1 : 0;
    this.#sorted = [...boxes].sort((a, b) => axes.alongStart(a) - axes.alongStart(b));
    const start = new Int32Array(count + 1);
    this.#longest = new Float64Array(count);
    for (const box of this.#sorted) {
      const length = axes.alongEnd(box) - axes.alongStart(box);
      const end = this.#cellOf(axes.acrossEnd(box));
      for (let c = this.#cellOf(axes.acrossStart(box)); c <= end; c++) {
        start[c + 1]! += 1;
        if (length > this.#longest[c]!) this.#longest[c] = length;
      }
    }
    for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, count);
    this.#entries = new Int32Array(start[count] ?? 0);
    this.#sorted.forEach((box, b) => {
      const end = this.#cellOf(axes.acrossEnd(box));
      for (let c = this.#cellOf(axes.acrossStart(box)); c <= end; c++)
        this.#entries[fill[c]!++] = b;
    });
    this.#start = start;
  }

  /** The cell a coordinate across falls in, counted from the first. */
  #cellOf(value: number): number {
    return Math.floor(value / this.#size) - this.#first;
  }

  /** A box crossing the line `at` (across) between `from` and `to` (along), not excepted. */
  find(at: number, from: number, to: number, except: readonly string[]): Box | undefined {
    const c = this.#cellOf(at);
    if (c < 0 || c >= this.#longest.length) return undefined;
    const { acrossStart, acrossEnd, alongStart, alongEnd } = this.axes;
    const first = this.#start[c]!;
    const reach = from - this.#longest[c]!;
    // Boxes that start before the segment ends, latest first, back to the earliest that could
    // still reach into it.
    let low = first;
    let high = this.#start[c + 1]!;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (alongStart(this.#sorted[this.#entries[mid]!]!) < to) low = mid + 1;
      else high = mid;
    }
    for (let k = low - 1; k >= first; k--) {
      const box = this.#sorted[this.#entries[k]!]!;
      if (alongStart(box) < reach) break;
      if (
        acrossStart(box) + TOUCH < at &&
        acrossEnd(box) - TOUCH > at &&
        alongStart(box) + TOUCH < to &&
        alongEnd(box) - TOUCH > from &&
        !except.includes(box.id)
      ) {
        return box;
      }
    }
    return undefined;
  }
}

export function nodeBoxes(nodes: readonly FlowNode[], measured: MeasuredSizes): Box[] {
  return nodes.map((node) => {
    const { width, height } = nodeSize(node, measured);
    const { x, y } = node.position;
    return { id: node.id, left: x, top: y, right: x + width, bottom: y + height };
  });
}

interface IndexedGeometry {
  readonly nodes: readonly FlowNode[];
  readonly measured: MeasuredSizes;
  readonly index: ObstacleIndex;
}

// One index per store (keyed by its `derived` object), rebuilt only when a node moves, is added
// or removed, or is drawn at another size: typing in a field keeps it, so no connection redraws.
const indexes = new WeakMap<object, IndexedGeometry>();

/** The store's nodes as obstacles; the same object for as long as no box has changed. */
export function selectObstacles(state: AppState): ObstacleIndex {
  const nodes = state.flow.nodes;
  const measured = state.measured;
  const last = indexes.get(state.derived);
  if (last && last.nodes === nodes && last.measured === measured) return last.index;
  const index =
    last && sameBoxes(last, nodes, measured)
      ? last.index
      : new ObstacleIndex(nodeBoxes(nodes, measured));
  indexes.set(state.derived, { nodes, measured, index });
  return index;
}

function sameBoxes(
  last: IndexedGeometry,
  nodes: readonly FlowNode[],
  measured: MeasuredSizes,
): boolean {
  if (last.nodes.length !== nodes.length) return false;
  for (let i = 0; i < nodes.length; i++) {
    const before = last.nodes[i]!;
    const now = nodes[i]!;
    if (before.id !== now.id || before.position !== now.position) return false;
    if (last.measured !== measured) {
      const a = last.measured.get(now.id);
      const b = measured.get(now.id);
      if (a?.width !== b?.width || a?.height !== b?.height) return false;
    }
  }
  return true;
}

export interface EdgeEnds {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly sourceX: number;
  readonly sourceY: number;
  readonly targetX: number;
  readonly targetY: number;
  readonly sourcePosition: Side;
  readonly targetPosition: Side;
}

/** An SVG path and where its label (and "+") sit: what getSmoothStepPath gives. */
export type EdgePath = readonly [path: string, labelX: number, labelY: number];

/** The connection as React Flow draws it when that is clear of other boxes, else around them. */
export function routeEdge(index: ObstacleIndex, ends: EdgeEnds): EdgePath {
  const [path, labelX, labelY] = getSmoothStepPath(ends);
  const except = [ends.source, ends.target];
  if (isClear(index, pathPoints(path), except)) return [path, labelX, labelY];
  return around(index, ends, except);
}

/** The corners of a smooth-step path: every coordinate pair of its commands, in order. */
export function pathPoints(path: string): Point[] {
  const numbers = (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const points: Point[] = [];
  for (let k = 0; k + 1 < numbers.length; k += 2) {
    points.push({ x: numbers[k]!, y: numbers[k + 1]! });
  }
  return points;
}

function isClear(index: ObstacleIndex, points: readonly Point[], except: readonly string[]) {
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    // Only the straight runs: the bends between them are a few pixels of curve.
    if (a.x !== b.x && a.y !== b.y) continue;
    if (index.blocking(a, b, except)) return false;
  }
  return true;
}

/**
 * Down out of the source, along a lane right of everything in the way, and into the target
 * from above. The lane starts beside the wider of the two ends and moves past any box it meets.
 */
function around(index: ObstacleIndex, ends: EdgeEnds, except: readonly string[]): EdgePath {
  const { sourceX: sx, sourceY: sy, targetX: tx, targetY: ty } = ends;
  const spread = LANE_OFFSETS[hash(ends.id) % LANE_OFFSETS.length]!;
  const fromSide = ends.sourcePosition === Side.Right;
  const outY = fromSide ? sy : sy + CLEARANCE;
  const inY = ty - CLEARANCE;
  const sourceBox = index.box(ends.source);
  const targetBox = index.box(ends.target);
  let lane = Math.max(sourceBox?.right ?? sx, targetBox?.right ?? tx, sx, tx) + spread;
  for (let tries = 0; tries < LANE_TRIES; tries++) {
    const box =
      index.blocking({ x: lane, y: outY }, { x: lane, y: inY }, except) ??
      index.blocking({ x: sx, y: outY }, { x: lane, y: outY }, except) ??
      index.blocking({ x: lane, y: inY }, { x: tx, y: inY }, except);
    if (!box) break;
    lane = Math.max(lane, box.right + spread);
  }
  const points: Point[] = [
    { x: sx, y: sy },
    ...(fromSide ? [] : [{ x: sx, y: outY }]),
    { x: lane, y: outY },
    { x: lane, y: inY },
    { x: tx, y: inY },
    { x: tx, y: ty },
  ];
  return [roundedPath(points, RADIUS), lane, (outY + inY) / 2];
}

/** A path through the points with rounded corners, as React Flow's smooth steps are drawn. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const first = points[0]!;
  let path = `M${first.x} ${first.y}`;
  for (let k = 1; k < points.length - 1; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    const c = points[k + 1]!;
    const size = Math.min(distance(a, b) / 2, distance(b, c) / 2, radius);
    const before = towards(b, a, size);
    const after = towards(b, c, size);
    path += `L${before.x} ${before.y}Q${b.x} ${b.y} ${after.x} ${after.y}`;
  }
  const last = points[points.length - 1]!;
  return `${path}L${last.x} ${last.y}`;
}

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

/** The point `size` from `from` towards `to`. */
function towards(from: Point, to: Point, size: number): Point {
  const length = distance(from, to);
  if (length === 0) return from;
  return {
    x: from.x + ((to.x - from.x) / length) * size,
    y: from.y + ((to.y - from.y) / length) * size,
  };
}

/** A small stable number from a connection's id, to pick its lane. */
function hash(text: string): number {
  let h = 0;
  for (let k = 0; k < text.length; k++) h = (h * 31 + text.charCodeAt(k)) | 0;
  return Math.abs(h);
}
