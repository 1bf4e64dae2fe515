/**
 * The "Calls" counts as the canvas draws them. The server counts routes (a document served, a
 * decision's outlet taken), never callers; this maps them onto the nodes of the version that
 * served them: every step of a document is reached when the document is, a decision by its own
 * route, and a step that ends the call says how ("Rejected 486").
 */
import { resolveVerb } from '../dialects';
import { planDocuments } from '../model/documents';
import type { Flow, FlowNode } from '../schema/flow';
import type { CallOverlay } from '../store/types';
import type { CallCount } from './api';

export function callOverlay(
  flow: Flow,
  version: number,
  days: number,
  counts: readonly CallCount[],
): CallOverlay {
  const byPath = new Map<string, number>();
  const byOutlet = new Map<string, Map<string, number>>();
  for (const { path, outlet, count, version: served } of counts) {
    if (served !== version) continue;
    byPath.set(path, (byPath.get(path) ?? 0) + count);
    if (outlet) {
      const outlets = byOutlet.get(path) ?? new Map<string, number>();
      outlets.set(outlet, (outlets.get(outlet) ?? 0) + count);
      byOutlet.set(path, outlets);
    }
  }
  const plan = planDocuments(flow);
  const nodes = new Map<string, { calls: number; outcome?: string }>();
  const outlets = new Map<string, ReadonlyMap<string, number>>();
  // The incoming call is every call that reached the flow's entry.
  const entryCalls = byPath.get(`/${plan.entry}`) ?? 0;
  for (const node of flow.nodes) {
    if (node.kind === 'start') {
      nodes.set(node.id, { calls: entryCalls });
      continue;
    }
    const route = plan.fileOf(node.id);
    if (route === undefined) continue;
    const calls = byPath.get(`/${route}`) ?? 0;
    const outcome = calls > 0 ? outcomeOf(node, flow) : undefined;
    nodes.set(node.id, outcome ? { calls, outcome } : { calls });
    const taken = byOutlet.get(`/${route}`);
    if (taken && plan.decisions.some((decision) => decision.node.id === node.id)) {
      outlets.set(node.id, taken);
    }
  }
  return { days, version, nodes, outlets };
}

/** How a step that ends the call ends it, in a few words; undefined for any other step. */
function outcomeOf(node: FlowNode, flow: Flow): string | undefined {
  if (node.kind === 'hangup') return 'Hung up';
  if (node.kind !== 'reject') return undefined;
  const field = resolveVerb('reject', flow.dialect).fields.get('reason');
  const reason = node.attributes.reason ?? field?.platformDefault;
  const sip = field?.options?.find((option) => option.value === reason)?.meaning?.sip;
  return sip ? `Rejected ${sip}` : 'Rejected';
}

/** "37 calls", "1 call". */
export function callsText(calls: number): string {
  return `${calls.toLocaleString('en-US')} ${calls === 1 ? 'call' : 'calls'}`;
}

/** An outlet's share of its decision's calls, as drawn beside the outlet ("12 · 60%"). */
export function shareText(count: number, total: number): string {
  const percent = total > 0 ? Math.round((count / total) * 100) : 0;
  return `${count.toLocaleString('en-US')} · ${percent}%`;
}
