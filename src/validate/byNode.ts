import type { Problem } from './types';

/** Problems by the node they are on, each node's in the order given. */
export function problemsByNode(problems: readonly Problem[]): ReadonlyMap<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.nodeId) continue;
    const list = map.get(p.nodeId);
    if (list) list.push(p);
    else map.set(p.nodeId, [p]);
  }
  return map;
}
