import { useState, type ReactNode } from 'react';
import { getDialect, resolveVerb } from '../dialects';
import { decisionDefs } from '../decisions';
import { VERB_DRAG_TYPE } from '../canvas/dnd';
import { useAppStore } from '../store/context';
import { DecisionIcon } from '../ui/DecisionIcon';
import { VerbIcon } from '../ui/VerbIcon';
import { paletteGroups, paletteVerbs } from '../verbs';
import { paletteItemMatches } from './search/paletteFilter';
import '../styles/canvas-decisions.css';
import '../styles/search.css';

/**
 * Every verb, grouped, then the decisions. Drag one onto the canvas, or activate it (Enter, Space
 * or a click) to add it after the last verb of the call.
 */
export function Palette() {
  const dialect = useAppStore((s) => s.flow.dialect);
  const dialectLabel = getDialect(dialect).label;
  const [filter, setFilter] = useState('');
  const decisions = decisionDefs.filter((d) => paletteItemMatches(filter, d));
  const verbCount = paletteVerbs.filter((v) => paletteItemMatches(filter, v)).length;

  return (
    <nav className="palette panel" aria-label="Verbs">
      <h2 className="panel-title">Verbs</h2>
      <input
        type="search"
        className="control palette-filter"
        aria-label="Filter verbs"
        placeholder="Filter verbs"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {verbCount + decisions.length === 0 && (
        <p className="muted palette-empty">No verb or decision matches “{filter.trim()}”.</p>
      )}
      {paletteGroups.map((group) => {
        const verbs = paletteVerbs.filter(
          (v) => v.group === group.id && paletteItemMatches(filter, v),
        );
        if (verbs.length === 0) return null;
        return (
          <PaletteGroup key={group.id} label={group.label}>
            {verbs.map((verb) => {
              const availability = resolveVerb(verb.id, dialect).availability;
              return (
                <PaletteItem
                  key={verb.id}
                  kind={verb.id}
                  label={verb.label}
                  description={verb.description}
                  className={`group-${verb.group}`}
                  icon={
                    <span className="verb-node-icon">
                      <VerbIcon name={verb.icon} />
                    </span>
                  }
                >
                  {availability === 'absent' && <span className="tag">not in {dialectLabel}</span>}
                  {availability === 'unknown' && (
                    <span className="tag">unverified in {dialectLabel}</span>
                  )}
                  {verb.hostedOnly && <span className="tag">hosted only</span>}
                </PaletteItem>
              );
            })}
          </PaletteGroup>
        );
      })}
      {/* Decisions write no RCML: the flow server chooses a branch per call. */}
      {decisions.length > 0 && (
        <PaletteGroup label="Decisions">
          {decisions.map((decision) => (
            <PaletteItem
              key={decision.kind}
              kind={decision.kind}
              label={decision.label}
              description={decision.description}
              className="group-decision"
              icon={<DecisionIcon kind={decision.kind} />}
            />
          ))}
        </PaletteGroup>
      )}
    </nav>
  );
}

function PaletteGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section className="palette-group" aria-label={label}>
      <h3>{label}</h3>
      <ul>{children}</ul>
    </section>
  );
}

/** One button, named after the verb or decision; `children` are tags beside its name. */
function PaletteItem({
  kind,
  label,
  description,
  className,
  icon,
  children,
}: {
  kind: string;
  label: string;
  description: string;
  className: string;
  icon: ReactNode;
  children?: ReactNode;
}) {
  const addVerb = useAppStore((s) => s.addVerb);
  const descriptionId = `palette-${kind}-description`;
  return (
    <li>
      <button
        type="button"
        className={`palette-item ${className}`}
        draggable
        aria-label={label}
        aria-describedby={descriptionId}
        onDragStart={(event) => {
          event.dataTransfer.setData(VERB_DRAG_TYPE, kind);
          event.dataTransfer.effectAllowed = 'copy';
        }}
        // detail is 0 when the click came from the keyboard: then focus follows.
        onClick={(event) => addVerb(kind, { via: event.detail === 0 ? 'keyboard' : 'drop' })}
      >
        {icon}
        <span className="palette-text">
          <span className="palette-name">
            {label}
            {children}
          </span>
          <span className="palette-description" id={descriptionId}>
            {description}
          </span>
        </span>
      </button>
    </li>
  );
}
