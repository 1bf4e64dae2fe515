import { StickyNote } from 'lucide-react';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { getDialect, resolveVerb } from '../dialects';
import { decisionDefs } from '../decisions';
import { note } from '../notes';
import { VERB_DRAG_TYPE } from '../canvas/dnd';
import type { DialectId } from '../schema/flow';
import { useAppStore } from '../store/context';
import { DecisionIcon } from '../ui/DecisionIcon';
import { rovingTarget, tabStopOf } from '../ui/rovingFocus';
import { VerbIcon } from '../ui/VerbIcon';
import { paletteGroups, paletteVerbs } from '../verbs';
import { bestPaletteMatch, paletteItemMatches } from './search/paletteFilter';
import '../styles/canvas-decisions.css';
import '../styles/search.css';
import '../styles/notes.css';

/** One thing the palette offers: a verb, a decision, a note. */
interface PaletteEntry {
  readonly kind: string;
  readonly label: string;
  readonly description: string;
  readonly className: string;
  readonly icon: ReactNode;
  /** Tags beside the name ("not in FlexML"). */
  readonly tags?: ReactNode;
}

interface PaletteSection {
  readonly label: string;
  readonly entries: readonly PaletteEntry[];
}

/** Every group of verbs, then the decisions, then the note: what the palette lists, in order. */
function paletteSections(dialect: DialectId): PaletteSection[] {
  const dialectLabel = getDialect(dialect).label;
  const verbSections = paletteGroups.map((group) => ({
    label: group.label,
    entries: paletteVerbs
      .filter((verb) => verb.group === group.id)
      .map((verb): PaletteEntry => {
        const availability = resolveVerb(verb.id, dialect).availability;
        return {
          kind: verb.id,
          label: verb.label,
          description: verb.description,
          className: `group-${verb.group}`,
          icon: (
            <span className="verb-node-icon">
              <VerbIcon name={verb.icon} />
            </span>
          ),
          tags: (
            <>
              {availability === 'absent' && <span className="tag">not in {dialectLabel}</span>}
              {availability === 'unknown' && (
                <span className="tag">unverified in {dialectLabel}</span>
              )}
              {verb.hostedOnly && <span className="tag">hosted only</span>}
            </>
          ),
        };
      }),
  }));
  // Decisions write no RCML: the flow server chooses a branch per call.
  const decisions: PaletteSection = {
    label: 'Decisions',
    entries: decisionDefs.map((decision) => ({
      kind: decision.kind,
      label: decision.label,
      description: decision.description,
      className: 'group-decision',
      icon: <DecisionIcon kind={decision.kind} />,
    })),
  };
  // A note is for people reading the flow: no call runs it, no document holds it.
  const notes: PaletteSection = {
    label: note.group,
    entries: [
      {
        kind: note.kind,
        label: note.label,
        description: note.description,
        className: 'group-note',
        icon: (
          <span className="note-icon">
            <StickyNote size={14} aria-hidden="true" focusable="false" />
          </span>
        ),
      },
    ],
  };
  return [...verbSections, decisions, notes];
}

/**
 * Every verb, grouped, then the decisions. Drag one onto the canvas, or activate it (Enter, Space
 * or a click) to add it after the last verb of the call. The list is one Tab stop: the arrow
 * keys, Home and End move between its items (a roving tab index), so the keyboard path past the
 * palette is short.
 */
export function Palette() {
  const dialect = useAppStore((s) => s.flow.dialect);
  const [filter, setFilter] = useState('');
  const [focused, setFocused] = useState<string>();
  const sections = paletteSections(dialect)
    .map((section) => ({
      ...section,
      entries: section.entries.filter((entry) => paletteItemMatches(filter, entry)),
    }))
    .filter((section) => section.entries.length > 0);
  const shown = sections.flatMap((section) => section.entries);
  const kinds = shown.map((entry) => entry.kind);
  // Filtered, the Tab key reaches the item the words name best ("record": Record, not Play).
  const tabStop =
    filter.trim() && (focused === undefined || !kinds.includes(focused))
      ? bestPaletteMatch(filter, shown)?.kind
      : tabStopOf(kinds, focused);
  const readOnly = useAppStore((s) => s.readOnly);

  return (
    <nav className="palette panel" aria-label="Verbs">
      <h2 className="panel-title">Verbs</h2>
      <input
        type="search"
        className="control palette-filter"
        aria-label="Filter verbs"
        placeholder="Filter verbs"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setFocused(undefined); // new words: the Tab stop goes to what they name best
        }}
      />
      {kinds.length === 0 && (
        <p className="muted palette-empty">No verb or decision matches “{filter.trim()}”.</p>
      )}
      {/* A viewer sees what there is, and cannot add it. */}
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <div className="palette-sections" onKeyDown={moveBetweenItems}>
          {sections.map((section) => (
            <section key={section.label} className="palette-group" aria-label={section.label}>
              <h3>{section.label}</h3>
              <ul>
                {section.entries.map((entry) => (
                  <PaletteItem
                    key={entry.kind}
                    entry={entry}
                    isTabStop={entry.kind === tabStop}
                    onFocus={() => setFocused(entry.kind)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </fieldset>
    </nav>
  );
}

/** Arrow keys, Home and End move focus between the palette's items, in the order shown. */
function moveBetweenItems(event: KeyboardEvent<HTMLElement>): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('.palette-item')];
  const to = rovingTarget(items, items.indexOf(event.target as HTMLElement), event.key);
  if (!to) return;
  event.preventDefault();
  to.focus();
  to.scrollIntoView({ block: 'nearest' });
}

/**
 * One button, named after the verb or decision; its tags and words are its description. What the
 * user sees lies over the button, outside it: text inside a button with a shorter name than that
 * text is a mismatch for speech users (axe: label-content-name-mismatch).
 */
function PaletteItem({
  entry,
  isTabStop,
  onFocus,
}: {
  entry: PaletteEntry;
  isTabStop: boolean;
  onFocus(): void;
}) {
  const addVerb = useAppStore((s) => s.addVerb);
  const descriptionId = `palette-${entry.kind}-description`;
  const tagsId = `palette-${entry.kind}-tags`;
  return (
    <li className={`palette-entry ${entry.className}`}>
      <button
        type="button"
        className="palette-item"
        tabIndex={isTabStop ? 0 : -1}
        draggable
        aria-label={entry.label}
        aria-describedby={`${tagsId} ${descriptionId}`}
        onFocus={onFocus}
        onDragStart={(event) => {
          event.dataTransfer.setData(VERB_DRAG_TYPE, entry.kind);
          event.dataTransfer.effectAllowed = 'copy';
          // The card as shown follows the pointer, not the bare button under it.
          const card = event.currentTarget.parentElement;
          const { offsetX, offsetY } = event.nativeEvent;
          if (card) event.dataTransfer.setDragImage(card, offsetX, offsetY);
        }}
        // detail is 0 when the click came from the keyboard: then focus follows.
        onClick={(event) => addVerb(entry.kind, { via: event.detail === 0 ? 'keyboard' : 'drop' })}
      />
      <span className="palette-face" aria-hidden="true">
        {entry.icon}
        <span className="palette-text">
          <span className="palette-name">
            {entry.label}
            <span id={tagsId}>{entry.tags}</span>
          </span>
          <span className="palette-description" id={descriptionId}>
            {entry.description}
          </span>
        </span>
      </span>
    </li>
  );
}
