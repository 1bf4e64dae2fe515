import { CircleCheck, CircleDashed } from 'lucide-react';
import { useId } from 'react';
import type { Flow } from '../schema/flow';
import { useAppStore } from '../store/context';
import { stillToFill } from '../validate/rules/fillIn';
import '../styles/templates.css';

/** One thing to fill in, as the list shows it: every field it marks done, or where to go next. */
export interface FillInItem {
  readonly what: string;
  readonly done: boolean;
  /** The verb to show: the first one still waiting, else the first one. */
  readonly nodeId: string;
}

/**
 * The fields a template left for the user, one line per thing to write (the business's name
 * may stand in two messages), in the template's order. Fields of deleted verbs are left out.
 */
export function fillInItems(flow: Flow): FillInItem[] {
  const byWhat = new Map<string, { done: boolean; nodeId: string }>();
  for (const entry of flow.fillIn ?? []) {
    if (!flow.nodes.some((n) => n.id === entry.nodeId)) continue;
    const waiting = stillToFill(flow, entry) !== undefined;
    const item = byWhat.get(entry.what);
    if (!item) byWhat.set(entry.what, { done: !waiting, nodeId: entry.nodeId });
    else if (waiting && item.done) byWhat.set(entry.what, { done: false, nodeId: entry.nodeId });
  }
  return [...byWhat].map(([what, item]) => ({ what, ...item }));
}

/**
 * "Fill in: the office number, your business's name", for the inspector of the "Incoming call"
 * node of a flow made from a template. Each line goes to the verb that holds the field.
 */
export function FillInList() {
  const flow = useAppStore((s) => s.flow);
  const reveal = useAppStore((s) => s.reveal);
  const items = fillInItems(flow);
  if (items.length === 0) return null;
  return (
    <FillInListView items={items} onShow={(nodeId) => reveal(nodeId, { focusInspector: true })} />
  );
}

export function FillInListView({
  items,
  onShow,
}: {
  items: readonly FillInItem[];
  onShow(nodeId: string): void;
}) {
  const headingId = useId();
  const left = items.filter((item) => !item.done).length;
  return (
    <section className="fill-in-list" aria-labelledby={headingId}>
      <h3 id={headingId}>Fill in</h3>
      <p className="muted">
        {left === 0
          ? 'All filled in: this flow is yours now.'
          : `This flow came from a template: ${left === 1 ? 'one thing is' : `${left} things are`} still the template’s example.`}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.what} className={item.done ? 'done' : undefined}>
            {item.done ? (
              <CircleCheck size={15} aria-hidden="true" />
            ) : (
              <CircleDashed size={15} aria-hidden="true" />
            )}
            <span className="fill-in-what">
              {item.what}
              <span className="visually-hidden">{item.done ? ': done' : ': to fill in'}</span>
            </span>
            <button type="button" className="button small" onClick={() => onShow(item.nodeId)}>
              Show<span className="visually-hidden"> {item.what}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
