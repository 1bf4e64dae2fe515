import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useActions, useAppStore } from '../store/context';
import { findNodes } from './search/findNodes';
import '../styles/search.css';

/**
 * The search box over the canvas (Mod+F): Enter selects the next match and brings it into view,
 * Shift+Enter the previous one, Escape closes and gives focus back to where it was.
 */
export function SearchBar({ request, onClose }: { request: number; onClose(): void }) {
  const flow = useAppStore((s) => s.flow);
  const { reveal } = useActions();
  const [query, setQuery] = useState('');
  // Which match was last shown (an index into `matches`); none until Enter is pressed.
  const [current, setCurrent] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  // Where focus was before the box opened: Escape gives it back.
  const [returnTo] = useState(() => document.activeElement);
  const matches = useMemo(() => findNodes(flow, query), [flow, query]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [request]);

  function close() {
    onClose();
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
  }

  function step(by: 1 | -1) {
    if (matches.length === 0) return;
    const from = current < 0 && by < 0 ? 0 : current;
    const next = (from + by + matches.length) % matches.length;
    setCurrent(next);
    reveal(matches[next]!);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      // Mod+F again keeps the app's search, not the browser's.
      event.preventDefault();
      input.current?.select();
    }
  }

  const shown = Math.min(current, matches.length - 1);
  const count = !query.trim()
    ? ''
    : matches.length === 0
      ? 'No matches'
      : shown < 0
        ? `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`
        : `${shown + 1} of ${matches.length}`;

  return (
    <div className="search-bar" role="search">
      <input
        ref={input}
        type="search"
        aria-label="Search the flow"
        placeholder="Search: label, words, number, URL…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="search-count" role="status">
        {count}
      </span>
      <button type="button" className="button" onClick={() => step(-1)} disabled={!matches.length}>
        <span aria-hidden="true">↑</span>
        <span className="visually-hidden">Previous match</span>
      </button>
      <button type="button" className="button" onClick={() => step(1)} disabled={!matches.length}>
        <span aria-hidden="true">↓</span>
        <span className="visually-hidden">Next match</span>
      </button>
      <button type="button" className="button" onClick={close}>
        Close
        <span className="visually-hidden"> search</span>
      </button>
    </div>
  );
}
