import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import { StoreProvider } from '../store/context';
import { buildFlow, say } from '../test/builders';
import { Inspector } from './Inspector';
import { loadNodeInspector } from './LoadedNodeInspector';

/** The inspector as the page first shows it, with these nodes selected. */
function inspectorWith(select: (ids: readonly string[]) => readonly string[]): string {
  const { flow, ids } = buildFlow('rcml', say('Welcome'), say('Goodbye'));
  const store = createAppStore(flow);
  store.getState().select([...select(ids)]);
  // Rendered on the server, zustand reads a store's initial state: make it the state selected.
  store.getInitialState = store.getState;
  return renderToStaticMarkup(
    createElement(StoreProvider, { store, children: createElement(Inspector) }),
  );
}

const PLACEHOLDER = /role="status" aria-label="Loading the step’s fields"/;

// One file, one module: the fields' chunk is not loaded until the test that loads it.
describe('the inspector, whose fields load on the first selection', () => {
  it('shows the hint and nothing loading while nothing is selected', () => {
    const html = inspectorWith(() => []);
    expect(html).toContain('Select a verb or a decision on the canvas to edit it.');
    expect(html).not.toMatch(PLACEHOLDER);
  });

  it('shows a named placeholder for a selection made before the fields’ code is here', () => {
    const html = inspectorWith((ids) => [ids[0]!]);
    expect(html).toMatch(PLACEHOLDER);
    expect(html).not.toContain('node-inspector');
  });

  it('shows the selected step’s fields at once when their code is here', async () => {
    await loadNodeInspector();
    const html = inspectorWith((ids) => [ids[1]!]);
    expect(html).not.toMatch(PLACEHOLDER);
    expect(html).toContain('node-inspector');
    expect(html).toContain('Goodbye');
  });

  it('needs no fields for several selected steps', () => {
    expect(inspectorWith((ids) => ids)).toContain('Delete 2 verbs');
  });
});
