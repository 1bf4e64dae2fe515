import { Unlink } from 'lucide-react';
import { documentUrl } from '../model/documents';
import { nodeOutlets } from '../kinds';
import { useActions, useAppStore } from '../store/context';
import { selectFlowNode } from '../store/selectors';
import '../styles/inspector-plain-words.css';

/**
 * Where a connected outlet leads, shown instead of the URL field it fills, with a way to
 * disconnect. The connection may have been made on the canvas or with the outlet's picker: it is
 * named by the outlet, with the outlet's own explanation.
 */
export function ConnectedOutlet({ nodeId, outlet }: { nodeId: string; outlet: string }) {
  const edge = useAppStore((s) => s.derived.analysis.graph(s.flow).edgeFrom(nodeId, outlet));
  const def = useAppStore((s) => {
    const node = selectFlowNode(s, nodeId);
    return node ? nodeOutlets(node).find((o) => o.id === outlet) : undefined;
  });
  const url = useAppStore((s) => {
    const file = edge && s.derived.analysis.plan(s.flow).fileOf(edge.target);
    return file ? documentUrl(s.flow.baseUrl, file) : undefined;
  });
  const { removeEdges } = useActions();
  if (!edge) return null;
  return (
    <div className="connected-outlet">
      <span>
        Set by “{def?.label ?? outlet}”, which is connected: the platform fetches{' '}
        <code>{url ?? '…'}</code>.
        {def?.help && <span className="connected-outlet-help"> {def.help}</span>}
      </span>
      <button type="button" className="button small" onClick={() => removeEdges([edge.id])}>
        <Unlink size={14} aria-hidden="true" /> Disconnect
      </button>
    </div>
  );
}

/** Whether a node's outlet is connected. */
export function useOutletConnected(nodeId: string, outlet: string | undefined): boolean {
  return useAppStore((s) =>
    outlet ? s.derived.analysis.graph(s.flow).edgeFrom(nodeId, outlet) !== undefined : false,
  );
}
