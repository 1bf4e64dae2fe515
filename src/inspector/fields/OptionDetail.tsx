import { TriangleAlert } from 'lucide-react';
import type { FieldSpec } from '../../schema/fields';

/** What the chosen option means, in full, under its picker. */
export function OptionDetail({
  field,
  value,
  id,
}: {
  field: FieldSpec;
  value: string | undefined;
  id: string;
}) {
  const option = field.options?.find((o) => o.value === (value ?? field.platformDefault));
  if (!option?.code && !option?.caveat) return null;
  return (
    <div className="option-detail" id={id}>
      {option.code && (
        <p>
          <span className="sip-code">{option.code}</span>
          {option.description && <span> {sentence(option.description)}.</span>}
        </p>
      )}
      {option.caveat && (
        <p className="caveat">
          <TriangleAlert size={14} aria-hidden="true" /> {option.caveat}
        </p>
      )}
    </div>
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
