import { useAppStore } from '../store/context';
import { callsText, shareText } from '../team/callOverlay';

/** A node's calls while "Calls" is on: how many reached it, and how the call ended there. */
export function CallCount({ nodeId }: { nodeId: string }) {
  const count = useAppStore((s) => s.callOverlay?.nodes.get(nodeId));
  if (!count) return null;
  return (
    <div className="call-count">
      {count.outcome
        ? `${count.outcome}: ${count.calls.toLocaleString('en-US')}`
        : callsText(count.calls)}
    </div>
  );
}

/** A decision outlet's share of the decision's calls, beside the outlet's name. */
export function OutletShare({ nodeId, outlet }: { nodeId: string; outlet: string }) {
  const share = useAppStore((s) => {
    const outlets = s.callOverlay?.outlets.get(nodeId);
    if (!outlets) return undefined;
    const total = [...outlets.values()].reduce((sum, n) => sum + n, 0);
    return shareText(outlets.get(outlet) ?? 0, total);
  });
  if (share === undefined) return null;
  return <span className="outlet-share"> {share}</span>;
}

/** The incoming call's word on whether the flow answers calls, on a team's server. */
export function LiveStatus() {
  const live = useAppStore((s) => s.liveVersion);
  if (live === undefined) return null;
  return (
    <div className={`live-status${live === null ? ' not-live' : ''}`}>
      {live === null ? 'Not live: Publish takes it live' : `Live: version ${live}`}
    </div>
  );
}
