import { useState } from 'react';
import { cutMessage, cutToLength } from '../../verbs/limits';

/**
 * Cuts a typed or pasted value to `limit` characters before it reaches the store, and keeps the
 * message saying so while the value stays cut.
 */
export function useCutToLimit(
  limit: number,
  label: string,
  onChange: (value: string) => void,
): { change(typed: string): void; notice: string | null } {
  const [notice, setNotice] = useState<string | null>(null);
  const change = (typed: string) => {
    const kept = cutToLength(typed, limit);
    setNotice(kept === typed ? null : cutMessage(limit, label));
    onChange(kept);
  };
  return { change, notice };
}

/**
 * Where the cut message appears: a polite live region, always in the page so the message is
 * announced when it appears (not role="status", which names the app's one notice area).
 */
export function CutNotice({ id, notice }: { id: string; notice: string | null }) {
  return (
    <div aria-live="polite" id={id}>
      {notice && (
        <ul className="field-problems">
          <li className="warning">{notice}</li>
        </ul>
      )}
    </div>
  );
}
