/**
 * The nodes' boxes as obstacles for edge routing (src/canvas/edgeRouting.ts), indexed once per
 * change of the nodes' positions or sizes. No React Flow here: the store owns an Obstacles
 * (state.derived) and brings it up to date within each change.
 */
import type { FlowNode } from '../schema/flow';
import { nodeSize, type MeasuredSizes } from './nodeBoxes';

export interface Box {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Point {
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

  /** Every box, in the nodes' order. */
  boxes(): IterableIterator<Box> {
    return this.#byId.values();
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

/**
 * The obstacles of one store's nodes, kept from one change to the next: the index is rebuilt
 * only when a node moves, is added or removed, or is drawn at another size; typing in a field
 * keeps it, so no connection redraws. The store calls `follow` within each change.
 */
export class Obstacles {
  #nodes: readonly FlowNode[] = [];
  #measured: MeasuredSizes = new Map();
  #index = new ObstacleIndex([]);

  /** The nodes as obstacles; the same object for as long as no box has changed. */
  get index(): ObstacleIndex {
    return this.#index;
  }

  follow(nodes: readonly FlowNode[], measured: MeasuredSizes): void {
    if (nodes === this.#nodes && measured === this.#measured) return;
    if (!this.#sameBoxes(nodes, measured))
      this.#index = new ObstacleIndex(nodeBoxes(nodes, measured));
    this.#nodes = nodes;
    this.#measured = measured;
  }

  #sameBoxes(nodes: readonly FlowNode[], measured: MeasuredSizes): boolean {
    const last = { nodes: this.#nodes, measured: this.#measured };
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
}
