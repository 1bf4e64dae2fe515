import { describe, expect, it } from 'vitest';
import { planDocuments } from '../model/documents';
import { analyzeFlow } from '../model/graph';
import { MAX_VERBS } from '../model/limits';
import { START_NODE_ID } from '../schema/flow';
import { restoreFlow } from '../persist/flowFile';
import { paletteVerbs } from '../verbs';
import { serializeFlow } from '../xml/serialize';
import { generateFlow, generateFlowThroughOperations } from './generateFlow';

describe('generateFlow', () => {
  it.each([
    { verbs: 60, seed: 1, dialect: 'rcml' },
    { verbs: 120, seed: 2, dialect: 'rcml' },
    { verbs: 80, seed: 3, dialect: 'flexml' },
    { verbs: 80, seed: 4, dialect: 'voiceml' },
  ] as const)(
    'builds what the model operations build ($verbs verbs, seed $seed, $dialect)',
    (o) => {
      expect(generateFlow(o)).toEqual(generateFlowThroughOperations(o));
    },
  );

  it('is deterministic: the same seed gives the same flow, another seed another flow', () => {
    const a = generateFlow({ verbs: 500, seed: 7 });
    expect(generateFlow({ verbs: 500, seed: 7 })).toEqual(a);
    expect(generateFlow({ verbs: 500, seed: 8 })).not.toEqual(a);
  });

  it.each([100, 1000])('makes exactly %i verbs, all reachable, with every palette verb', (n) => {
    for (const seed of [1, 2, 3]) {
      const flow = generateFlow({ verbs: n, seed });
      const verbs = flow.nodes.filter((node) => node.id !== START_NODE_ID);
      expect(verbs).toHaveLength(n);
      expect(analyzeFlow(flow).indexed.reachable.every((r) => r === 1)).toBe(true);
      const used = new Set(verbs.map((node) => node.kind));
      expect(paletteVerbs.map((v) => v.id).filter((id) => !used.has(id))).toEqual([]);
    }
  });

  it('has several documents, nested numbers and prompts, and Redirect joins', () => {
    const flow = generateFlow({ verbs: 1000, seed: 5 });
    const { documents } = planDocuments(flow);
    expect(documents.length).toBeGreaterThan(20);
    expect(documents.filter((d) => d.continuesIn).length).toBeGreaterThan(0);
    const children = flow.nodes.flatMap((n) => n.children ?? []);
    expect(new Set(children.map((c) => c.kind))).toEqual(
      new Set(['number', 'client', 'sip', 'conference', 'say', 'play', 'pause']),
    );
    const incoming = new Map<string, number>();
    for (const e of flow.edges) incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
    expect([...incoming.values()].some((count) => count > 1)).toBe(true);
    expect(serializeFlow(flow).map((d) => d.fileName)).toContain('main.xml');
  });

  it('is a valid flow file, and builds 20,000 verbs', () => {
    const flow = generateFlow({ verbs: 20_000, seed: 11 });
    expect(flow.nodes).toHaveLength(20_001);
    // RCML Studio opens flows of up to MAX_VERBS verbs: the largest it opens is read as a file.
    const largest = generateFlow({ verbs: MAX_VERBS, seed: 11 });
    const restored = restoreFlow(JSON.parse(JSON.stringify(largest)));
    expect(restored.ok).toBe(true);
    if (restored.ok) expect(restored.flow).toEqual(largest);
  });
});
