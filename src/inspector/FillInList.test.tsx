import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { updateChild, updateNode } from '../model/operations';
import type { Flow } from '../schema/flow';
import { openTemplate, templates } from '../templates';
import { FillInListView, fillInItems } from './FillInList';

function template(id: string): Flow {
  return openTemplate(
    templates.find((t) => t.id === id)!,
    'rcml',
    { timeZone: 'UTC' },
  ).flow;
}

describe('the “Fill in” list', () => {
  it('names each thing to fill once, in the template’s order, none done yet', () => {
    const flow = template('after-hours');
    const office = flow.fillIn![0]!;
    expect(fillInItems(flow)).toEqual([
      { what: 'the office number', done: false, nodeId: office.nodeId },
      { what: 'your business’s name', done: false, nodeId: flow.fillIn![1]!.nodeId },
    ]);
  });

  it('marks a thing done only when every field it stands for is filled', () => {
    const flow = template('after-hours');
    const [, closed, holiday] = flow.fillIn!;
    const once = updateNode(flow, closed!.nodeId, { text: 'Thank you for calling Acme.' });
    // The business's name is still the example in the holiday message: show that one next.
    expect(fillInItems(once)[1]).toEqual({
      what: 'your business’s name',
      done: false,
      nodeId: holiday!.nodeId,
    });
    const twice = updateNode(once, holiday!.nodeId, { text: 'Acme is closed today.' });
    expect(fillInItems(twice)[1]!.done).toBe(true);
    const office = flow.fillIn![0]!;
    const all = updateChild(twice, office.nodeId, office.childId!, { text: '+442079460123' });
    expect(fillInItems(all).every((item) => item.done)).toBe(true);
  });

  it('is empty for a flow not made from a template, and for a template with nothing to fill', () => {
    expect(fillInItems(template('not-in-service'))).toEqual([]);
    expect(fillInItems({ ...template('block-callers'), fillIn: undefined })).toEqual([]);
  });

  it('leaves out the fields of a deleted verb', () => {
    const flow = template('forward-with-voicemail');
    const without = { ...flow, nodes: flow.nodes.filter((n) => n.kind !== 'dial') };
    expect(fillInItems(without)).toEqual([]);
  });

  it('shows each thing with its state and a button to go to it, named for it', () => {
    const html = renderToStaticMarkup(
      <FillInListView
        items={[
          { what: 'the office number', done: false, nodeId: 'dial-1' },
          { what: 'your business’s name', done: true, nodeId: 'say-1' },
        ]}
        onShow={() => {}}
      />,
    );
    expect(html).toContain('<h3');
    expect(html).toContain('>Fill in</h3>');
    expect(html).toContain('one thing is still the template’s example.');
    expect(html).toMatch(/the office number<span class="visually-hidden">: to fill in<\/span>/);
    expect(html).toMatch(/your business’s name<span class="visually-hidden">: done<\/span>/);
    expect(html).toContain('Show<span class="visually-hidden"> the office number</span>');
  });
});
