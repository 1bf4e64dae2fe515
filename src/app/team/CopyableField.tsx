import { Copy } from 'lucide-react';
import { useId, useState } from 'react';
import { copyText } from './copyText';

/**
 * Something to hand on (an invitation link, a new token, the Voice URL): a labelled read-only
 * field that selects itself, a Copy button, and a line under it (`note`, then "Copied.").
 */
export function CopyableField({
  label,
  value,
  note,
}: {
  label: string;
  value: string;
  note?: string;
}) {
  const [copied, setCopied] = useState<{ value: string; said: string }>();
  const id = useId();
  const said = copied?.value === value ? copied.said : note;
  return (
    <>
      <div className="people-invite-row">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          className="control"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() => void copyText(value).then((text) => setCopied({ value, said: text }))}
        >
          <Copy size={14} aria-hidden="true" /> Copy
        </button>
      </div>
      {said && (
        <p className="muted" role="status">
          {said}
        </p>
      )}
    </>
  );
}
