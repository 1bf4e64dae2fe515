import { getDialect, resolveVerb } from '../dialects';
import { VERB_DRAG_TYPE } from '../canvas/dnd';
import { useAppStore } from '../store/context';
import { VerbIcon } from '../ui/VerbIcon';
import { paletteGroups, paletteVerbs } from '../verbs';

/**
 * Every verb, grouped. Drag one onto the canvas, or activate it (Enter, Space or a click) to add
 * it after the last verb of the call.
 */
export function Palette() {
  const addVerb = useAppStore((s) => s.addVerb);
  const dialect = useAppStore((s) => s.flow.dialect);
  const dialectLabel = getDialect(dialect).label;

  return (
    <nav className="palette panel" aria-label="Verbs">
      <h2 className="panel-title">Verbs</h2>
      {paletteGroups.map((group) => {
        const verbs = paletteVerbs.filter((v) => v.group === group.id);
        if (verbs.length === 0) return null;
        return (
          <section key={group.id} className="palette-group" aria-label={group.label}>
            <h3>{group.label}</h3>
            <ul>
              {verbs.map((verb) => {
                const availability = resolveVerb(verb.id, dialect).availability;
                const descriptionId = `palette-${verb.id}-description`;
                return (
                  <li key={verb.id}>
                    <button
                      type="button"
                      className={`palette-item group-${verb.group}`}
                      draggable
                      aria-label={verb.label}
                      aria-describedby={descriptionId}
                      onDragStart={(event) => {
                        event.dataTransfer.setData(VERB_DRAG_TYPE, verb.id);
                        event.dataTransfer.effectAllowed = 'copy';
                      }}
                      // detail is 0 when the click came from the keyboard: then focus follows.
                      onClick={(event) =>
                        addVerb(verb.id, { via: event.detail === 0 ? 'keyboard' : 'drop' })
                      }
                    >
                      <span className="verb-node-icon">
                        <VerbIcon name={verb.icon} />
                      </span>
                      <span className="palette-text">
                        <span className="palette-name">
                          {verb.label}
                          {availability === 'absent' && (
                            <span className="tag">not in {dialectLabel}</span>
                          )}
                          {availability === 'unknown' && (
                            <span className="tag">unverified in {dialectLabel}</span>
                          )}
                          {verb.hostedOnly && <span className="tag">hosted only</span>}
                        </span>
                        <span className="palette-description" id={descriptionId}>
                          {verb.description}
                        </span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
