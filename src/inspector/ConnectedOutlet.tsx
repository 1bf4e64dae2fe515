import { Unlink } from 'lucide-react';
import { documentUrl, planDocuments } from '../model/documents';
import { analyzeFlow } from '../model/graph';
import { useActions, useAppStore } from '../store/context';

/** Where a connected outlet leads, shown instead of a URL field, with a way to disconnect. */
export function ConnectedOutlet({ nodeId, outlet }: { nodeId: string; outlet: string }) {
  const edge = useAppStore((s) => analyzeFlow(s.flow).edgeFrom(nodeId, outlet));
  const url = useAppStore((s) => {
    const file = edge && planDocuments(s.flow).fileOf(edge.target);
    return file ? documentUrl(s.flow.baseUrl, file) : undefined;
  });
  const { removeEdges } = useActions();
  if (!edge) return null;
  return (
    <div className="connected-outlet">
      <span>
        Connected on the canvas: the platform fetches <code>{url ?? '…'}</code>
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
    outlet ? analyzeFlow(s.flow).edgeFrom(nodeId, outlet) !== undefined : false,
  );
}
