import { describe, expect, it } from 'vitest';
import { dialects, resolveVerb } from '../dialects';
import { elementVerbs } from '../verbs';
import type { Problem } from '../validate/types';
import {
  advancedProblems,
  inspectorLayout,
  problemGoesToOutlet,
  slotField,
  type InspectorSlot,
} from './fieldLayout';

const names = (slots: readonly InspectorSlot[]) => slots.map((s) => slotField(s) ?? 'nesting');

const problem = (field: string): Problem =>
  ({ key: field, ruleId: 'r', severity: 'error', nodeId: 'n', field, message: 'm' }) as Problem;

describe('inspector layout, read from the definitions', () => {
  for (const dialect of dialects) {
    it.each(elementVerbs.map((d) => d.id))(`%s in ${dialect.id}: every field once`, (id) => {
      const verb = resolveVerb(id, dialect.id);
      const { plain, advanced } = inspectorLayout(verb);
      const expected = [
        ...verb.attributes.map((f) => f.name),
        ...(verb.body ? ['text'] : []),
        ...(verb.def.nesting ? ['nesting'] : []),
      ];
      expect([...names(plain), ...names(advanced)].sort()).toEqual(expected.sort());
      // Folded means flagged, and the other way round.
      for (const slot of advanced)
        expect(slot.kind !== 'nesting' && slot.field.advanced).toBe(true);
      for (const slot of plain) expect(slot.kind === 'nesting' || !slot.field.advanced).toBe(true);
    });
  }

  it('folds every action URL, HTTP method and callback', () => {
    for (const def of elementVerbs) {
      for (const field of def.attributes) {
        const technical =
          field.name === 'action' ||
          field.label.endsWith('method') ||
          field.label === 'Method' ||
          /callback/i.test(field.name);
        if (technical) expect(field.advanced, `${def.id}.${field.name}`).toBe(true);
      }
    }
  });

  it('Gather: the prompts, then how the input ends; action and partial results folded', () => {
    const { plain, advanced } = inspectorLayout(resolveVerb('gather', 'rcml'));
    expect(names(plain).slice(0, 5)).toEqual([
      'nesting',
      'numDigits',
      'finishOnKey',
      'timeout',
      'input',
    ]);
    expect(names(advanced)).toEqual([
      'action',
      'method',
      'partialResultCallback',
      'partialResultCallbackMethod',
    ]);
  });

  it('Record: how long first; action, transcription URL and video folded', () => {
    const { plain, advanced } = inspectorLayout(resolveVerb('record', 'rcml'));
    expect(names(plain)[0]).toBe('maxLength');
    expect(names(advanced)).toEqual(['action', 'method', 'transcribeCallback', 'media']);
  });

  it('a verb naming no order shows its body, its list, then its attributes', () => {
    expect(names(inspectorLayout(resolveVerb('say', 'rcml')).plain)).toEqual([
      'text',
      'voice',
      'language',
      'loop',
    ]);
    expect(names(inspectorLayout(resolveVerb('dial', 'rcml')).plain)[0]).toBe('nesting');
  });
});

describe('problems in folded fields', () => {
  const gather = resolveVerb('gather', 'rcml');
  const action = gather.fields.get('action')!;

  it('an empty folded action is the outlet’s business; a typed one is the field’s', () => {
    expect(problemGoesToOutlet(action, undefined)).toBe(true);
    expect(problemGoesToOutlet(action, '  ')).toBe(true);
    expect(problemGoesToOutlet(action, 'ftp://x')).toBe(false);
    expect(problemGoesToOutlet(gather.fields.get('numDigits')!, undefined)).toBe(false);
  });

  it('counts what opens Advanced', () => {
    const layout = inspectorLayout(gather);
    const problems = [problem('action'), problem('partialResultCallback'), problem('numDigits')];
    const empty = () => undefined;
    expect(advancedProblems(layout, problems, empty).map((p) => p.field)).toEqual([
      'partialResultCallback',
    ]);
    const typed = (name: string) => (name === 'action' ? 'ftp://x' : undefined);
    expect(advancedProblems(layout, problems, typed)).toHaveLength(2);
  });
});
