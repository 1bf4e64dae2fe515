import { Plus } from 'lucide-react';
import { useState } from 'react';
import type { FlowNode } from '../schema/flow';
import { useActions, useAppStore } from '../store/context';
import type { Problem } from '../validate/types';
import { getVerb } from '../verbs';
import type { NestingDef } from '../schema/verbs';
import { NestedItem } from './NestedItem';

/** The ordered list of what a verb holds: add, edit, reorder, remove. */
export function NestedList({
  node,
  nesting,
  problems,
}: {
  node: FlowNode;
  nesting: NestingDef;
  problems: readonly Problem[];
}) {
  const dialect = useAppStore((s) => s.flow.dialect);
  const { addChild, updateChild, removeChild, moveChild } = useActions();
  const [added, setAdded] = useState<string>();
  const children = node.children ?? [];
  const headingId = `nested-${node.id}`;
  const countOf = new Map<string, number>();

  return (
    <section className="nested" aria-labelledby={headingId}>
      <h3 id={headingId}>{nesting.label}</h3>
      {nesting.help && <p className="field-help">{nesting.help}</p>}
      {children.length === 0 ? (
        <p className="nested-empty">Nothing yet: add one below.</p>
      ) : (
        <ol className="nested-list">
          {children.map((child, index) => {
            const n = (countOf.get(child.kind) ?? 0) + 1;
            countOf.set(child.kind, n);
            const name = `${getVerb(child.kind).label} ${n}`;
            return (
              <NestedItem
                key={child.id}
                child={child}
                name={name}
                dialect={dialect}
                problems={problems.filter((p) => p.childId === child.id)}
                isFirst={index === 0}
                isLast={index === children.length - 1}
                autoFocus={child.id === added}
                onChange={(patch) => updateChild(node.id, child.id, patch)}
                onMove={(offset) => moveChild(node.id, child.id, index + offset)}
                onRemove={() => removeChild(node.id, child.id)}
              />
            );
          })}
        </ol>
      )}
      <div className="nested-add">
        {nesting.allowed.map((verb, index) => (
          <button
            key={verb}
            type="button"
            className="button small"
            // A Dial with no one to call yet: its first “Add” takes focus when the step is added.
            data-focus-first={index === 0 && children.length < (nesting.min ?? 0) ? '' : undefined}
            onClick={() => setAdded(addChild(node.id, verb))}
          >
            <Plus size={14} aria-hidden="true" /> Add {getVerb(verb).label}
          </button>
        ))}
      </div>
    </section>
  );
}
