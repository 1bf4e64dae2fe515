import { Clock, ListOrdered, PhoneCall, UserSearch, type LucideIcon } from 'lucide-react';
import type { DecisionKind } from '../decisions';

const icons: Record<DecisionKind, LucideIcon> = {
  checkCaller: UserSearch,
  checkHours: Clock,
  menu: ListOrdered,
  callOutcome: PhoneCall,
};

/**
 * A decision's icon inside a diamond, the flowchart's shape for a choice, so that palette and
 * canvas tell decisions from verbs at a glance.
 */
export function DecisionIcon({ kind, size = 14 }: { kind: DecisionKind; size?: number }) {
  const Icon = icons[kind];
  return (
    <span className="decision-icon" aria-hidden="true">
      <Icon size={size} aria-hidden="true" focusable="false" />
    </span>
  );
}
