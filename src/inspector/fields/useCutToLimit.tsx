import { useState } from 'react';
import type { FieldSpec } from '../../schema/fields';
import { cutMessage, cutToLength, lengthLimit } from '../../verbs/limits';

/**
 * The inspector's one "cut to the limit and say so", for every field: a typed or pasted value is
 * cut to the limit the store keeps for the field (`lengthLimit`, read by the store's guard in
 * src/store/withinLimits.ts too), so the store finds nothing more to cut; the message saying so
 * stays while the value stays cut.
 */
export function useCutToLimit(
  field: Pick<FieldSpec, 'kind' | 'maxLength' | 'label'>,
  onChange: (value: string) => void,
): { change(typed: string): void; notice: string | null } {
  const [notice, setNotice] = useState<string | null>(null);
  const limit = lengthLimit(field);
  const change = (typed: string) => {
    const kept = cutToLength(typed, limit);
    setNotice(kept === typed ? null : cutMessage(limit, field.label));
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
