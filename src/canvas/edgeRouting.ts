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
import type { AppState } from '../store/types';
import { ObstacleIndex, type Point } from './obstacles';

export { nodeBoxes, ObstacleIndex, type Box } from './obstacles';

/** How far below its source and above its target a routed connection turns. */
const CLEARANCE = 20;
/** Corner radius, as React Flow's smooth-step connections draw theirs. */
const RADIUS = 5;
/** Lanes sit in the gap beside the boxes, spread a little so connections do not share one. */
const LANE_OFFSETS = [COLUMN_GAP / 2, COLUMN_GAP / 2 - 8, COLUMN_GAP / 2 + 8] as const;
/** A lane blocked by a box moves past it; after this many, the route is taken as it is. */
const LANE_TRIES = 12;

/**
 * The store's nodes as obstacles; the same object for as long as no box has changed. Only
 * read: the store brings its Obstacles up to date within each change (see createAppStore).
 */
export const selectObstacles = (state: AppState): ObstacleIndex => state.derived.obstacles.index;

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
