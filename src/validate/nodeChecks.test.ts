import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlowAnalysis } from '../model/documents';
import * as ops from '../model/operations';
import { generateFlow } from '../test/generateFlow';
import { FlowValidation, rules, validateFlow } from './index';
import { requiredField } from './rules/requiredField';
import { endlessLoop } from './rules/endlessLoop';
import { unreachableNode } from './rules/unreachableNode';

afterEach(() => vi.restoreAllMocks());

/** The ids of the nodes a node rule was run on. */
function spyOnNodes(): string[] {
  const checked: string[] = [];
  const check = requiredField.checkNode.bind(requiredField);
  vi.spyOn(requiredField, 'checkNode').mockImplementation((node, context) => {
    checked.push(node.id);
    return check(node, context);
  });
  return checked;
}

describe('node rules after an edit', () => {
  const flow = generateFlow({ verbs: 200, seed: 3 });
  const say = flow.nodes.find((n) => n.kind === 'say')!;

  it('run on the node the edit changed, and on no other', () => {
    const validation = new FlowValidation(new FlowAnalysis());
    validation.problems(flow);
    const checked = spyOnNodes();
    const edited = ops.updateNode(flow, say.id, { text: '' });
    const problems = validation.problems(edited);
    expect(checked).toEqual([say.id]);
    expect(problems).toEqual(validateFlow(edited));
  });

  it('run again on a node whose outlets were connected or cut', () => {
    const validation = new FlowValidation(new FlowAnalysis());
    validation.problems(flow);
    const checked = spyOnNodes();
    const edge = flow.edges.find((e) => e.outlet !== 'next')!;
    const cut = ops.removeEdges(flow, new Set([edge.id]));
    const problems = validation.problems(cut);
    expect(checked).toEqual([edge.source]);
    expect(problems).toEqual(validateFlow(cut));
  });

  it('run again on every node when the dialect changes', () => {
    const validation = new FlowValidation(new FlowAnalysis());
    validation.problems(flow);
    const checked = spyOnNodes();
    const flexml = { ...flow, dialect: 'flexml' as const };
    const problems = validation.problems(flexml);
    expect(checked.length).toBeGreaterThan(100);
    expect(problems).toEqual(validateFlow(flexml));
  });

  it('are the rules about one node: whole-flow rules say why they are not', () => {
    const scopes = Object.fromEntries(rules.map((r) => [r.id, r.scope]));
    // Each reads the graph, other nodes, the documents or the flow's settings.
    for (const id of [
      'base-url',
      'empty-call',
      'answered-before-reject',
      'hangup-first',
      'never-reached',
      'endless-loop',
      'loop-on-some-platforms',
      'decision-out-of-place',
      'decision-outlet-unconnected',
      'unreachable-node',
      'fill-in',
    ]) {
      expect(scopes[id], id).toBe('flow');
    }
    expect(rules.filter((r) => r.scope === 'node')).toHaveLength(20);
  });
});

describe('flow rules after an edit', () => {
  const flow = generateFlow({ verbs: 200, seed: 3 });
  const say = flow.nodes.find((n) => n.kind === 'say')!;

  it('that read only the structure carry their findings over a field edit, not a label edit', () => {
    const validation = new FlowValidation(new FlowAnalysis());
    validation.problems(flow);
    const unreachable = vi.spyOn(unreachableNode, 'check');
    const loops = vi.spyOn(endlessLoop, 'check');
    const typed = ops.updateNode(flow, say.id, { text: 'Welcome' });
    const afterTyping = validation.problems(typed);
    expect(unreachable).not.toHaveBeenCalled();
    expect(loops).toHaveBeenCalled(); // it reads what the caller hears
    expect(afterTyping).toEqual(validateFlow(typed));
    unreachable.mockClear();
    const renamed = ops.updateNode(typed, say.id, { label: 'Welcome' });
    const afterRenaming = validation.problems(renamed);
    expect(unreachable).toHaveBeenCalledOnce();
    expect(afterRenaming).toEqual(validateFlow(renamed));
  });
});
