import { describe, expect, it } from 'vitest';
import { resolveVerb } from '../dialects';
import { FlowAnalysis } from '../model/documents';
import { addVerb, flowOf, link, say } from '../test/builders';
import { bodyTargetOf, verbFaceSummary } from './verbFace';

describe('a verb’s face', () => {
  /** Say → Redirect, and a Say elsewhere the Redirect can lead to. */
  function redirectFlow() {
    const flow = flowOf('rcml', say('Hello'), { kind: 'redirect', label: 'Go on' });
    const redirect = flow.nodes.find((n) => n.kind === 'redirect')!;
    const sales = addVerb(flow, { ...say('Sales here'), label: 'Sales' });
    return { flow: sales.flow, redirect, salesId: sales.nodeId };
  }
  const verb = resolveVerb('redirect', 'rcml');

  it('says where a connected Redirect goes: the connection wins over a typed URL', () => {
    const { flow, redirect, salesId } = redirectFlow();
    const connected = link(flow, redirect.id, 'action', salesId);
    const node = { ...redirect, text: 'https://elsewhere.example.com/x.xml' };
    const target = bodyTargetOf(new FlowAnalysis(), connected, node, verb.def.body?.outlet);
    expect(target).toBe('sales.xml');
    expect(verbFaceSummary(node, verb, target)).toBe('Goes to sales.xml');
  });

  it('falls back to the verb’s summary while nothing is connected', () => {
    const { flow, redirect } = redirectFlow();
    const analysis = new FlowAnalysis();
    const target = bodyTargetOf(analysis, flow, redirect, verb.def.body?.outlet);
    expect(target).toBeUndefined();
    expect(verbFaceSummary(redirect, verb, target)).toBe('Not connected');
    const say = resolveVerb('say', 'rcml');
    const first = flow.nodes.find((n) => n.kind === 'say')!;
    expect(bodyTargetOf(analysis, flow, first, say.def.body?.outlet)).toBeUndefined();
  });
});
