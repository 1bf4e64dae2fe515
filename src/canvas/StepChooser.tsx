import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { nameMatchRank, paletteItemMatches } from '../app/search/paletteFilter';
import { useAppStoreApi } from '../store/context';
import { outletStepChoices, type StepChoice } from './insertChoices';
import '../styles/step-chooser.css';

/**
 * A short palette for one outlet: the steps that can go there (outletStepChoices), filtered as
 * the user types with the palette's own filter. The filter has focus on open; the arrow keys
 * move through the list, Enter or a click chooses, Escape (or a click elsewhere) cancels.
 * Opened by a connection dropped on empty canvas and by “New step…” beside an outlet's picker.
 */
export function StepChooser({
  source,
  outlet,
  label,
  className = '',
  style,
  onChoose,
  onCancel,
}: {
  source: string;
  outlet: string;
  /** Its accessible name: "Add a step after Matches". */
  label: string;
  className?: string;
  style?: CSSProperties;
  onChoose(kind: string): void;
  /** Escape pressed, or a press elsewhere (which keeps the focus it gives). */
  onCancel(how: 'escape' | 'elsewhere'): void;
}) {
  const store = useAppStoreApi();
  const id = useId();
  // Worked out once, when it opens: the flow does not change while it is open.
  const all = useMemo(() => {
    const { flow, derived } = store.getState();
    return outletStepChoices(flow, source, outlet, derived);
  }, [store, source, outlet]);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  // Those whose name has the words come first ("men": Menu before Gather's "document").
  const shown = all
    .filter((choice) => paletteItemMatches(filter, choice))
    .sort((a, b) => nameMatchRank(filter, b) - nameMatchRank(filter, a));
  const at = Math.min(active, shown.length - 1);
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // A press anywhere else cancels it, as a menu does.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) onCancel('elsewhere');
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onCancel]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [at, filter]);

  const optionId = (choice: StepChoice) => `${id}-${choice.id}`;

  return (
    <div
      ref={root}
      role="dialog"
      aria-label={label}
      className={`popup-menu step-chooser nodrag nopan nowheel ${className}`}
      style={style}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel('escape');
        }
      }}
    >
      <p className="step-chooser-title" aria-hidden="true">
        {label}
      </p>
      <input
        type="text"
        role="combobox"
        className="control"
        aria-label="Filter steps"
        placeholder="Filter steps"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown[at] ? optionId(shown[at]) : undefined}
        autoComplete="off"
        // Focus goes to the filter on open, so typing filters at once.
        autoFocus
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
          if (step !== undefined && shown.length > 0) {
            event.preventDefault();
            setActive((at + step + shown.length) % shown.length);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (shown[at]) onChoose(shown[at].id);
          }
        }}
      />
      <ul
        ref={list}
        id={`${id}-list`}
        role="listbox"
        aria-label="Steps"
        className="step-chooser-list"
      >
        {shown.map((choice, index) => (
          <li
            key={choice.id}
            id={optionId(choice)}
            role="option"
            aria-selected={index === at}
            aria-describedby={`${optionId(choice)}-description`}
            className={`step-chooser-option${index === at ? ' is-active' : ''}`}
            // Focus stays in the filter.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => onChoose(choice.id)}
          >
            {choice.label}
            <span
              id={`${optionId(choice)}-description`}
              className="step-chooser-description"
              aria-hidden="true"
            >
              {choice.description}
            </span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="muted step-chooser-empty">
          {all.length === 0 ? 'No step can go here.' : `No step matches “${filter.trim()}”.`}
        </p>
      )}
    </div>
  );
}
