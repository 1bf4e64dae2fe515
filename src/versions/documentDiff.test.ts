import { describe, expect, it } from 'vitest';
import { updateNode } from '../model/operations';
import { blockCallers } from '../templates/blockCallers';
import { serializeFlow } from '../xml/serialize';
import { diffDocuments, type DiffEntry, type DiffLine } from './documentDiff';

const doc = (fileName: string, ...lines: string[]) => ({
  fileName,
  xml: lines.map((line) => `${line}\n`).join(''),
});

/** Every line, folded ones unfolded. */
const unfolded = (entries: readonly DiffEntry[]): DiffLine[] =>
  entries.flatMap((e) => (e.kind === 'skipped' ? e.lines : [e]));

const numbered = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}`);

describe('a line diff of one document', () => {
  it('gives each line its kind, its text and its number on each side', () => {
    const [diff] = diffDocuments(
      [doc('main.xml', 'a', 'b', 'c')],
      [doc('main.xml', 'a', 'B', 'c', 'd')],
    );
    expect(diff).toEqual({
      fileName: 'main.xml',
      status: 'changed',
      added: 2,
      removed: 1,
      lines: [
        { kind: 'same', text: 'a', oldNumber: 1, newNumber: 1 },
        { kind: 'removed', text: 'b', oldNumber: 2 },
        { kind: 'added', text: 'B', newNumber: 2 },
        { kind: 'same', text: 'c', oldNumber: 3, newNumber: 3 },
        { kind: 'added', text: 'd', newNumber: 4 },
      ],
    });
  });

  it('keeps three lines around a change and folds the rest of each unchanged run', () => {
    const before = numbered(20);
    const after = before.map((line, i) => (i === 9 ? 'line ten' : line));
    const [diff] = diffDocuments([doc('main.xml', ...before)], [doc('main.xml', ...after)]);
    const shown = diff!.lines.map((e) =>
      e.kind === 'skipped'
        ? `… ${e.count}`
        : `${e.kind} ${e.oldNumber ?? '-'} ${e.newNumber ?? '-'}`,
    );
    expect(shown).toEqual([
      '… 6',
      'same 7 7',
      'same 8 8',
      'same 9 9',
      'removed 10 -',
      'added - 10',
      'same 11 11',
      'same 12 12',
      'same 13 13',
      '… 7',
    ]);
    // A folded run keeps its lines, for a view that unfolds it.
    expect(unfolded(diff!.lines).map((l) => l.text)).toEqual([
      ...before.slice(0, 10),
      'line ten',
      ...before.slice(10),
    ]);
  });

  it('folds nothing shorter than two lines, and takes the context it is given', () => {
    const before = numbered(9);
    const after = before.map((line, i) => (i === 0 || i === 8 ? `${line}!` : line));
    const [tight] = diffDocuments([doc('a.xml', ...before)], [doc('a.xml', ...after)]);
    expect(tight!.lines.some((e) => e.kind === 'skipped')).toBe(false);
    const [loose] = diffDocuments([doc('a.xml', ...before)], [doc('a.xml', ...after)], {
      context: 1,
    });
    expect(loose!.lines.map((e) => e.kind)).toEqual([
      'removed',
      'added',
      'same',
      'skipped',
      'same',
      'removed',
      'added',
    ]);
  });

  it('folds a document that did not change into one run, and calls it the same', () => {
    const [diff] = diffDocuments(
      [doc('main.xml', ...numbered(5))],
      [doc('main.xml', ...numbered(5))],
    );
    expect(diff!.status).toBe('same');
    expect(diff!.lines).toHaveLength(1);
    expect(diff!.lines[0]).toMatchObject({ kind: 'skipped', count: 5 });
  });

  it('sees a final line break added as a change of the last line', () => {
    const [diff] = diffDocuments(
      [{ fileName: 'main.xml', xml: 'a\nb' }],
      [{ fileName: 'main.xml', xml: 'a\nb\n' }],
    );
    expect(diff!.status).toBe('changed');
    expect(diff!.lines.filter((e) => e.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'b', oldNumber: 2 },
      { kind: 'added', text: 'b', newNumber: 2 },
    ]);
  });

  it('still gives every line when two long documents have nothing in common', () => {
    const head = numbered(3);
    const before = [...head, ...numbered(3_000).map((l) => `old ${l}`), 'end'];
    const after = [...head, ...numbered(3_000).map((l) => `new ${l}`), 'end'];
    const [diff] = diffDocuments([doc('main.xml', ...before)], [doc('main.xml', ...after)]);
    expect([diff!.added, diff!.removed]).toEqual([3_000, 3_000]);
    const lines = unfolded(diff!.lines);
    expect(lines.filter((l) => l.kind !== 'added').map((l) => l.text)).toEqual(before);
    expect(lines.filter((l) => l.kind !== 'removed').map((l) => l.text)).toEqual(after);
    expect(lines.at(-1)).toEqual({ kind: 'same', text: 'end', oldNumber: 3_004, newNumber: 3_004 });
  });
});

describe('documents matched by file name', () => {
  it('lists the newer version’s documents, then those it no longer has', () => {
    const diffs = diffDocuments(
      [doc('main.xml', 'a'), doc('old.xml', 'x', 'y')],
      [doc('main.xml', 'a'), doc('new.xml', 'z')],
    );
    expect(diffs.map((d) => [d.fileName, d.status, d.added, d.removed])).toEqual([
      ['main.xml', 'same', 0, 0],
      ['new.xml', 'added', 1, 0],
      ['old.xml', 'removed', 0, 2],
    ]);
    expect(diffs[1]!.lines).toEqual([{ kind: 'added', text: 'z', newNumber: 1 }]);
    expect(diffs[2]!.lines).toEqual([
      { kind: 'removed', text: 'x', oldNumber: 1 },
      { kind: 'removed', text: 'y', oldNumber: 2 },
    ]);
  });
});

describe('two serialized versions of the Block nuisance callers template', () => {
  const { flow } = blockCallers.build({ timeZone: 'Europe/Paris' });
  const welcome = flow.nodes.find((n) => n.label === 'Welcome')!.id;

  it('shows the welcome’s old line removed and its new line added, at line 3', () => {
    const edited = updateNode(flow, welcome, { text: 'Thank you for calling Acme & Sons.' });
    const diffs = diffDocuments(serializeFlow(flow), serializeFlow(edited));
    expect(diffs.map((d) => [d.fileName, d.status])).toEqual([
      ['blocked.xml', 'same'],
      ['welcome.xml', 'changed'],
    ]);
    expect(diffs[1]!.lines).toEqual([
      {
        kind: 'same',
        text: '<?xml version="1.0" encoding="UTF-8"?>',
        oldNumber: 1,
        newNumber: 1,
      },
      { kind: 'same', text: '<Response>', oldNumber: 2, newNumber: 2 },
      {
        kind: 'removed',
        text: '  <Say>Thank you for calling Example Company.</Say>',
        oldNumber: 3,
      },
      { kind: 'added', text: '  <Say>Thank you for calling Acme &amp; Sons.</Say>', newNumber: 3 },
      { kind: 'same', text: '</Response>', oldNumber: 4, newNumber: 4 },
    ]);
  });

  it('shows a renamed step’s document as one removed and one added', () => {
    const renamed = updateNode(flow, welcome, { label: 'Greeting' });
    const diffs = diffDocuments(serializeFlow(flow), serializeFlow(renamed));
    expect(diffs.map((d) => [d.fileName, d.status])).toEqual([
      ['blocked.xml', 'same'],
      ['greeting.xml', 'added'],
      ['welcome.xml', 'removed'],
    ]);
  });
});
