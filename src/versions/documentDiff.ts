/**
 * The XML of two versions, document by document, line by line: the exact text, with line
 * numbers on both sides. Documents are matched by file name; one only in the newer version is
 * added, one only in the older is removed. Long unchanged runs are folded into a `skipped`
 * entry (which keeps its lines, for a view that unfolds them), with a few lines of context
 * kept around every change, as `diff -u` does.
 */
import { diffLines } from 'diff';

export interface DocumentText {
  readonly fileName: string;
  readonly xml: string;
}

export type LineKind = 'added' | 'removed' | 'same';

export interface DiffLine {
  readonly kind: LineKind;
  /** The line's exact text, without its line break. */
  readonly text: string;
  /** 1-based, in the older document (absent for an added line). */
  readonly oldNumber?: number;
  /** 1-based, in the newer document (absent for a removed line). */
  readonly newNumber?: number;
}

/** Unchanged lines folded away. */
export interface SkippedLines {
  readonly kind: 'skipped';
  readonly count: number;
  readonly lines: readonly DiffLine[];
}

export type DiffEntry = DiffLine | SkippedLines;

export type DocumentStatus = 'added' | 'removed' | 'changed' | 'same';

export interface DocumentDiff {
  readonly fileName: string;
  readonly status: DocumentStatus;
  /** Lines added and removed, for a summary beside the file name ("+3 −1"). */
  readonly added: number;
  readonly removed: number;
  readonly lines: readonly DiffEntry[];
}

export interface DiffOptions {
  /** Unchanged lines kept on each side of a change; the rest of a run folds. Default 3. */
  readonly context?: number;
}

const CONTEXT = 3;
/** A fold hides at least this many lines: one hidden line takes the room of its own marker. */
const SMALLEST_FOLD = 2;
/**
 * Past this many lines added and removed, the line diff gives up (its cost grows with the
 * number of edits times the length) and the differing middle is shown removed, then added.
 * Versions a person compares differ by far less; two unrelated flows do not need the finest diff.
 */
const MOST_EDITS = 2_000;

/** Newer version's documents in their order, then those the older one alone had. */
export function diffDocuments(
  before: readonly DocumentText[],
  after: readonly DocumentText[],
  options: DiffOptions = {},
): DocumentDiff[] {
  const context = options.context ?? CONTEXT;
  const old = new Map(before.map((doc) => [doc.fileName, doc]));
  const kept = new Set(after.map((doc) => doc.fileName));
  const diffs = after.map((doc) => {
    const was = old.get(doc.fileName);
    return was ? compare(doc.fileName, was.xml, doc.xml, context) : whole(doc, 'added');
  });
  for (const doc of before) if (!kept.has(doc.fileName)) diffs.push(whole(doc, 'removed'));
  return diffs;
}

function whole(doc: DocumentText, status: 'added' | 'removed'): DocumentDiff {
  const lines = linesOf(doc.xml).map((text, i) =>
    status === 'added'
      ? { kind: status, text, newNumber: i + 1 }
      : { kind: status, text, oldNumber: i + 1 },
  );
  const added = status === 'added' ? lines.length : 0;
  return { fileName: doc.fileName, status, added, removed: lines.length - added, lines };
}

function compare(fileName: string, before: string, after: string, context: number): DocumentDiff {
  const lines: DiffLine[] = [];
  let oldNumber = 1;
  let newNumber = 1;
  let added = 0;
  let removed = 0;
  const push = (kind: LineKind, text: string) => {
    if (kind === 'added') {
      lines.push({ kind, text, newNumber: newNumber++ });
      added += 1;
    } else if (kind === 'removed') {
      lines.push({ kind, text, oldNumber: oldNumber++ });
      removed += 1;
    } else {
      lines.push({ kind, text, oldNumber: oldNumber++, newNumber: newNumber++ });
    }
  };
  if (before === after) {
    for (const text of linesOf(after)) push('same', text);
  } else {
    const parts =
      diffLines(before, after, { maxEditLength: MOST_EDITS }) ?? replaced(before, after);
    for (const part of parts) {
      const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
      for (const text of linesOf(part.value)) push(kind, text);
    }
  }
  const status = before === after ? 'same' : 'changed';
  return { fileName, status, added, removed, lines: fold(lines, context) };
}

interface Part {
  readonly value: string;
  readonly added: boolean;
  readonly removed: boolean;
}

/** The common first and last lines kept, everything between them removed, then added. */
function replaced(before: string, after: string): Part[] {
  const old = linesWithBreaks(before);
  const now = linesWithBreaks(after);
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head += 1;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < now.length - head &&
    old[old.length - 1 - tail] === now[now.length - 1 - tail]
  ) {
    tail += 1;
  }
  const part = (value: string[], added: boolean, removed: boolean) => ({
    value: value.join(''),
    added,
    removed,
  });
  return [
    part(old.slice(0, head), false, false),
    part(old.slice(head, old.length - tail), false, true),
    part(now.slice(head, now.length - tail), true, false),
    part(old.slice(old.length - tail), false, false),
  ];
}

/** Lines without their breaks; a final line break ends the last line, it starts no new one. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

function linesWithBreaks(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Keeps `context` unchanged lines around each change and folds the rest of every run. */
function fold(lines: readonly DiffLine[], context: number): DiffEntry[] {
  const entries: DiffEntry[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.kind !== 'same') {
      entries.push(lines[i]!);
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.kind === 'same') end += 1;
    // No context is needed before the first change or after the last.
    const lead = i === 0 ? 0 : context;
    const trail = end === lines.length ? 0 : context;
    if (end - i - lead - trail >= SMALLEST_FOLD) {
      entries.push(...lines.slice(i, i + lead));
      const hidden = lines.slice(i + lead, end - trail);
      entries.push({ kind: 'skipped', count: hidden.length, lines: hidden });
      entries.push(...lines.slice(end - trail, end));
    } else {
      entries.push(...lines.slice(i, end));
    }
    i = end;
  }
  return entries;
}
