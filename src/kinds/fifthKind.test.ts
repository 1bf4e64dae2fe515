/**
 * A fifth kind of node, added through the registry alone (issue 24): a "Bookmark", drawn as a
 * note, that marks a place in the flow for whoever reads it, with a colour. Nothing outside its
 * definition and the registry's list names it, and every layer that meets it (the model, the
 * flow file's reader and repair, validation, the serializer, the store's limits, Compare, the
 * canvas's geometry and Tidy up) handles it from what its kind says.
 */
import { describe, expect, it, vi } from 'vitest';
import type { NodeKind } from './types';

const bookmark = vi.hoisted((): NodeKind => ({
  id: 'bookmark',
  label: 'Bookmark',
  description: 'Marks a place in the flow for whoever reads it.',
  face: 'note',
  inCall: false,
  exported: false,
  outletsMayShareTarget: false,
  outlets: () => [],
  initialAttributes: () => ({ colour: 'teal' }),
  fieldsIn: () => bookmarkFields(),
  fields: bookmarkFields(),
}));

function bookmarkFields() {
  const colour = { name: 'colour', label: 'Colour', kind: 'text' as const, maxLength: 12 };
  return { attributes: new Map([[colour.name, colour]]), body: undefined };
}

vi.mock('./registry', async (importOriginal) => {
  const original = await importOriginal<typeof import('./registry')>();
  return { registeredKinds: [...original.registeredKinds, bookmark] };
});

const { findKind, isKnownKind, kindLabel, nodeOutlets } = await import('./index');
const { addNode, connectionProblem, updateNode } = await import('../model/operations');
const { readFlowFile, writeFlowFile } = await import('../persist/flowFile');
const { validateFlow } = await import('../validate');
const { serializeFlow } = await import('../xml/serialize');
const { patchWithinLimits } = await import('../store/withinLimits');
const { createAppStore } = await import('../store/createAppStore');
const { listChanges } = await import('../versions/changes');
const { estimatedGeometry } = await import('../canvas/estimatedHandles');
const { tidyPositions } = await import('../canvas/tidyUp');
const { buildFlow, say } = await import('../test/builders');
const { createElement } = await import('react');
const { renderToStaticMarkup } = await import('react-dom/server');
const { StoreProvider } = await import('../store/context');
const { NodeInspector } = await import('../inspector/NodeInspector');

function flowWithBookmark() {
  const { flow, ids } = buildFlow('rcml', say('Welcome'));
  const added = addNode(flow, 'bookmark', { x: 400, y: 40 });
  return { plain: flow, flow: added.flow, bookmarkId: added.nodeId, sayId: ids[0]! };
}

describe('a fifth kind of node, added through the registry alone', () => {
  it('is known by its id, with its name and no outlets', () => {
    expect(isKnownKind('bookmark')).toBe(true);
    expect(kindLabel('bookmark')).toBe('Bookmark');
    expect(findKind('bookmark')).toBe(bookmark);
    expect(nodeOutlets({ kind: 'bookmark', attributes: {} })).toEqual([]);
  });

  it('is added with the values its kind starts with, and takes no connection', () => {
    const { flow, bookmarkId, sayId } = flowWithBookmark();
    expect(flow.nodes.find((n) => n.id === bookmarkId)).toMatchObject({
      kind: 'bookmark',
      attributes: { colour: 'teal' },
    });
    expect(connectionProblem(flow, sayId, 'next', bookmarkId)).toMatch(/cannot be connected/);
  });

  it('is saved and read back from a flow file as it was, with nothing repaired', () => {
    const { flow } = flowWithBookmark();
    const read = readFlowFile(writeFlowFile(flow));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.flow).toEqual(flow);
    expect(read.repairs).toBeUndefined();
  });

  it('is never written into a document and brings no problem with it', () => {
    const { plain, flow } = flowWithBookmark();
    expect(serializeFlow(flow)).toEqual(serializeFlow(plain));
    expect(validateFlow(flow).map((p) => p.message)).toEqual(
      validateFlow(plain).map((p) => p.message),
    );
  });

  it('has its fields cut to their limits by the store, and told apart by Compare', () => {
    const cut = patchWithinLimits('bookmark', 'rcml', { attributes: { colour: 'x'.repeat(40) } });
    expect(cut.cut).toEqual([{ label: 'Colour', limit: 12 }]);
    const { flow, bookmarkId } = flowWithBookmark();
    const after = updateNode(flow, bookmarkId, { attributes: { colour: 'red' } });
    expect(listChanges(flow, after).changes.map((c) => c.sentence)).toEqual([
      // A text field's change is told without its words, as a verb's is.
      'Bookmark: Colour changed',
    ]);
  });

  it('is drawn and laid out by its face: a box with no handles, not a step of Tidy up', () => {
    const { plain, flow, bookmarkId, sayId } = flowWithBookmark();
    const node = flow.nodes.find((n) => n.id === bookmarkId)!;
    expect(estimatedGeometry(node, 'rcml').handles).toEqual([]);
    // The steps are laid out as if it were not there.
    expect(tidyPositions(flow, new Map()).get(sayId)).toEqual(
      tidyPositions(plain, new Map()).get(sayId),
    );
  });

  it('is edited in the inspector through the fields its kind defines', () => {
    const { flow, bookmarkId } = flowWithBookmark();
    const store = createAppStore(flow);
    const node = flow.nodes.find((n) => n.id === bookmarkId)!;
    const html = renderToStaticMarkup(
      createElement(StoreProvider, { store, children: createElement(NodeInspector, { node }) }),
    );
    expect(html).toContain('<h2>Bookmark</h2>');
    expect(html).toContain('Marks a place in the flow for whoever reads it.');
    expect(html).toMatch(/<label[^>]*>Colour<\/label>/);
    expect(html).toContain('value="teal"');
    expect(html).toContain('Delete bookmark');
  });

  it('is added from the store beside the call, unconnected, and undone in one step', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('bookmark');
    const { flow } = store.getState();
    expect(flow.nodes.find((n) => n.id === id)?.kind).toBe('bookmark');
    expect(flow.edges.some((e) => e.target === id || e.source === id)).toBe(false);
    store.temporal.getState().undo();
    expect(store.getState().flow.nodes.some((n) => n.id === id)).toBe(false);
  });
});
