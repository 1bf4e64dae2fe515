import { Split } from 'lucide-react';
import type { FlowDocuments } from '../model/documents';
import { kindLabel, nodeOutlets } from '../kinds';

/**
 * What the flow server decides, above the documents: each decision a call can reach, and which
 * document (tab) or decision each of its branches leads to. The documents alone do not say
 * which caller gets which.
 */
export function DecisionRoutes({
  plan,
  onShow,
}: {
  plan: FlowDocuments;
  onShow: (fileName: string) => void;
}) {
  const files = new Set(plan.documents.map((d) => d.fileName));
  return (
    <section className="decision-routes" aria-label="Decided by the flow server">
      <ul>
        {plan.decisions.map(({ node, name, outlets }) => (
          <li key={node.id}>
            <Split size={13} aria-hidden="true" />
            <strong>{node.label ?? kindLabel(node.kind)}</strong>
            {plan.entry === name && <span className="decision-entry">calls start here</span>}
            <span className="decision-branches">
              {nodeOutlets(node).map((outlet) => {
                const target = outlets[outlet.id];
                return (
                  <span key={outlet.id} className="decision-branch">
                    {outlet.label} →{' '}
                    {target && files.has(target) ? (
                      <button type="button" onClick={() => onShow(target)}>
                        {target}
                      </button>
                    ) : (
                      <em>{target ?? 'call ends'}</em>
                    )}
                  </span>
                );
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
