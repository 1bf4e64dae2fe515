import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { resolveVerb } from '../dialects';
import type { DialectId, NestedElement } from '../schema/flow';
import { VerbIcon } from '../ui/VerbIcon';
import type { Problem } from '../validate/types';
import { FieldControl } from './fields/FieldControl';

interface NestedItemProps {
  child: NestedElement;
  /** "Number 2": names the item, its buttons and its fields for assistive technology. */
  name: string;
  dialect: DialectId;
  problems: readonly Problem[];
  isFirst: boolean;
  isLast: boolean;
  autoFocus: boolean;
  onChange(patch: { attributes?: Record<string, string>; text?: string }): void;
  onMove(offset: number): void;
  onRemove(): void;
}

/**
 * One nested noun or verb. Its main value (the number, the text to say) is always shown; other
 * options fold away, so a Dial ringing five numbers stays readable.
 */
export function NestedItem(props: NestedItemProps) {
  const { child, name, dialect, problems, onChange } = props;
  const verb = resolveVerb(child.kind, dialect);
  const item = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (props.autoFocus)
      item.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [props.autoFocus]);

  const fieldProblems = (field: string) => problems.filter((p) => p.field === field);
  const general = problems.filter((p) => !p.field);
  // Options fold away, except when one of them has a problem the user must see.
  const problemInFolded = problems.some((p) => p.field && p.field !== 'text');
  const attributeFields = verb.attributes.map((field) => (
    <FieldControl
      key={field.name}
      field={field}
      value={child.attributes[field.name]}
      problems={fieldProblems(field.name)}
      onChange={(value) => onChange({ attributes: { [field.name]: value } })}
    />
  ));
  const folded = verb.body !== null && attributeFields.length > 0;

  return (
    <li className="nested-item" aria-label={name} ref={item}>
      <div className="nested-item-header">
        <span className="verb-node-icon">
          <VerbIcon name={verb.def.icon} size={14} />
        </span>
        <span className="nested-item-name">{name}</span>
        <span className="nested-item-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${name} up`}
            disabled={props.isFirst}
            onClick={() => props.onMove(-1)}
          >
            <ArrowUp size={14} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${name} down`}
            disabled={props.isLast}
            onClick={() => props.onMove(1)}
          >
            <ArrowDown size={14} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${name}`}
            onClick={props.onRemove}
          >
            <X size={14} aria-hidden="true" />
          </button>
        </span>
      </div>
      {general.length > 0 && (
        <ul className="field-problems">
          {general.map((p) => (
            <li key={p.key} className={p.severity}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {verb.body && (
        <FieldControl
          field={verb.body}
          value={child.text}
          problems={fieldProblems('text')}
          onChange={(text) => onChange({ text })}
        />
      )}
      {folded ? (
        <details className="more-options" open={problemInFolded || undefined}>
          <summary>More options</summary>
          {attributeFields}
        </details>
      ) : (
        attributeFields
      )}
    </li>
  );
}
