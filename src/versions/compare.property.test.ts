/**
 * Properties of comparing versions, over random flows built through the model operations
 * (src/test/arbitraries.ts): a flow compared with itself changes nothing; moving nodes only
 * ever gives moves; a node is a move or a change, never both; the line diff accounts for every
 * line of both versions, in order, with consecutive numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveNodes, updateNode } from '../model/operations';
import { stepName } from '../model/stepName';
import type { Flow, Position } from '../schema/flow';
import { dialectIds, flowArb, flowWithDecisionsArb } from '../test/arbitraries';
import { serializeFlow } from '../xml/serialize';
import { describeChanges, listChanges } from './changes';
import { compareVersions } from './compare';
import type { DiffLine } from './documentDiff';

const RUNS = { numRuns: 150 };

const anyFlow = fc.oneof(
  ...dialectIds.map((dialect) => flowArb(dialect)),
  flowWithDecisionsArb('rcml'),
);

/** Some nodes (by index) and where each goes, by an offset on either axis that may be zero. */
const offset = fc.oneof(fc.constant(0), fc.integer({ min: -300, max: 300 }));
const shifts = fc.array(fc.record({ at: fc.nat(), dx: offset, dy: offset }), { maxLength: 6 });

function shifted(flow: Flow, list: readonly { at: number; dx: number; dy: number }[]): Flow {
  const positions = new Map<string, Position>();
  for (const { at, dx, dy } of list) {
    const node = flow.nodes[at % flow.nodes.length]!;
    const from = positions.get(node.id) ?? node.position;
    positions.set(node.id, { x: from.x + dx, y: from.y + dy });
  }
  return moveNodes(flow, positions);
}

describe('comparing a flow with itself', () => {
  it('gives no change and no move, for the same object and for a copy', () => {
    fc.assert(
      fc.property(anyFlow, (flow) => {
        expect(describeChanges(flow, flow)).toEqual({ changes: [], moves: [] });
        expect(describeChanges(flow, structuredClone(flow))).toEqual({ changes: [], moves: [] });
      }),
      RUNS,
    );
  });
});

describe('moving nodes', () => {
  it('gives only moves: one per node that ended elsewhere, in flow order', () => {
    fc.assert(
      fc.property(anyFlow, shifts, (flow, list) => {
        const moved = shifted(flow, list);
        const expected = moved.nodes
          .filter((node, i) => {
            const { x, y } = flow.nodes[i]!.position;
            return node.position.x !== x || node.position.y !== y;
          })
          .map((node) => `${stepName(node)} moved`);
        expect(describeChanges(flow, moved)).toEqual({ changes: [], moves: expected });
      }),
      RUNS,
    );
  });

  it('never lists a node as a move when it also changed', () => {
    const edits = fc.array(fc.record({ at: fc.nat(), text: fc.string({ maxLength: 8 }) }), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(anyFlow, shifts, edits, (flow, list, texts) => {
        let edited = shifted(flow, list);
        for (const { at, text } of texts) {
          edited = updateNode(edited, edited.nodes[at % edited.nodes.length]!.id, { text });
        }
        const { changes, moves } = listChanges(flow, edited);
        const changed = new Set(changes.map((c) => c.nodeId));
        expect(moves.filter((m) => changed.has(m.nodeId))).toEqual([]);
        // Every node whose text is not what it was is told of.
        for (const node of edited.nodes) {
          const was = flow.nodes.find((n) => n.id === node.id)!;
          if (node.text !== was.text) expect(changed).toContain(node.id);
        }
      }),
      RUNS,
    );
  });
});

describe('the line diff of two versions', () => {
  it('holds every line of both, in order, numbered from 1 without a gap', () => {
    fc.assert(
      fc.property(anyFlow, anyFlow, (before, after) => {
        const { documents } = compareVersions({ flow: before }, { flow: after });
        const texts = (flow: Flow) => new Map(serializeFlow(flow).map((d) => [d.fileName, d.xml]));
        const [old, now] = [texts(before), texts(after)];
        expect(documents.map((d) => d.fileName).sort()).toEqual(
          [...new Set([...old.keys(), ...now.keys()])].sort(),
        );
        for (const diff of documents) {
          const lines: DiffLine[] = diff.lines.flatMap((e) =>
            e.kind === 'skipped' ? e.lines : [e],
          );
          const oldSide = lines.filter((l) => l.kind !== 'added');
          const newSide = lines.filter((l) => l.kind !== 'removed');
          expect(oldSide.map((l) => `${l.text}\n`).join('')).toBe(old.get(diff.fileName) ?? '');
          expect(newSide.map((l) => `${l.text}\n`).join('')).toBe(now.get(diff.fileName) ?? '');
          expect(oldSide.map((l) => l.oldNumber)).toEqual(oldSide.map((_, i) => i + 1));
          expect(newSide.map((l) => l.newNumber)).toEqual(newSide.map((_, i) => i + 1));
          expect(diff.added).toBe(lines.filter((l) => l.kind === 'added').length);
          expect(diff.removed).toBe(lines.filter((l) => l.kind === 'removed').length);
        }
      }),
      { numRuns: 100 },
    );
  });
});
