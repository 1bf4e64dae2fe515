/**
 * Node faces say what happens in words: a property over every definition, each filled with sample
 * values of every attribute, body and nested element, in every dialect.
 */
import { describe, expect, it } from 'vitest';
import { dialects, resolveVerb } from '../dialects';
import type { ResolvedField } from '../dialects/types';
import type { FlowNode, NestedElement } from '../schema/flow';
import { elementVerbs, getVerb } from './index';
import { countOf, duration, repeats } from './summaries';

/** A plausible value of each kind, as a user (or an import) would set it. */
function sample(field: ResolvedField): string {
  switch (field.kind) {
    case 'enum':
      return field.options?.at(-1)?.value ?? 'x';
    case 'boolean':
      return 'true';
    case 'integer':
      return '7';
    case 'url':
      return 'https://example.com/next.xml';
    case 'phone':
      return '+14155550100';
    case 'events':
      return 'ringing,answered';
    case 'text':
      return 'sample words';
  }
}

function filled(verbId: string, dialect: (typeof dialects)[number]['id']): FlowNode {
  const verb = resolveVerb(verbId, dialect);
  const attributes = Object.fromEntries(verb.attributes.map((f) => [f.name, sample(f)]));
  const children: NestedElement[] = (verb.def.nesting?.allowed ?? []).map((child, i) => {
    const nested = resolveVerb(child, dialect);
    return {
      id: `c${i}`,
      kind: child,
      attributes: Object.fromEntries(nested.attributes.map((f) => [f.name, sample(f)])),
      ...(nested.body ? { text: sample(nested.body) } : {}),
    };
  });
  return {
    id: 'n1',
    kind: verbId,
    attributes,
    position: { x: 0, y: 0 },
    ...(verb.body ? { text: sample(verb.body) } : {}),
    ...(children.length > 0 ? { children } : {}),
  };
}

/** Attribute syntax: a camelCase name, `name=` or `name 5`, an element's angle brackets. */
function syntaxIn(summary: string, names: readonly string[]): string | undefined {
  if (/[<>=]/.test(summary)) return 'an angle bracket or =';
  for (const name of names) {
    const word = new RegExp(`\\b${name}\\b`);
    if (/[A-Z]/.test(name) && word.test(summary)) return name;
    if (new RegExp(`\\b${name}\\s*[:=]?\\s*["\\d]`).test(summary)) return name;
  }
  return undefined;
}

const FACES = [getVerb('start').id, ...elementVerbs.map((def) => def.id)];

describe('node faces: words, never attribute syntax', () => {
  for (const dialect of dialects) {
    it.each(FACES)(`%s in ${dialect.id}, every field set`, (id) => {
      const verb = resolveVerb(id, dialect.id);
      const names = verb.attributes.flatMap((f) => [f.name, f.xmlName]);
      for (const node of [filled(id, dialect.id), { ...filled(id, dialect.id), attributes: {} }]) {
        const summary = verb.def.summary(node, verb.fields);
        expect(summary.trim()).not.toBe('');
        expect(syntaxIn(summary, names), summary).toBeUndefined();
      }
    });
  }

  it('the check catches what faces used to say', () => {
    expect(syntaxIn('numDigits 4 · 2 prompts', ['numDigits'])).toBe('numDigits');
    expect(syntaxIn('timeout=5', ['timeout'])).toBeDefined();
    expect(syntaxIn('<SMS>', [])).toBeDefined();
    expect(syntaxIn('Records up to 1 min', ['maxLength', 'record', 'timeout'])).toBeUndefined();
  });

  it('Gather tells keys, speech and its first prompt', () => {
    const gather = getVerb('gather');
    const fields = resolveVerb('gather', 'rcml').fields;
    const at = (attributes: Record<string, string>, children: NestedElement[] = []) =>
      gather.summary({ ...filled('gather', 'rcml'), attributes, children }, fields);
    expect(at({ numDigits: '1' })).toBe('Waits for 1 key · no prompt');
    expect(at({ input: 'speech' })).toBe('Listens for speech · no prompt');
    expect(at({ input: 'dtmf speech' })).toBe('Waits for keys or speech · no prompt');
    const welcome = {
      id: 'a',
      kind: 'say',
      attributes: {},
      text: 'Welcome to Acme support, how can we help',
    };
    const music = { id: 'b', kind: 'play', attributes: {}, text: 'https://x.test/hold.wav' };
    expect(at({ numDigits: '1' }, [welcome, music])).toBe(
      'Waits for 1 key · “Welcome to Acme support…” +1',
    );
    expect(at({}, [music])).toBe('Waits for keys · plays hold.wav');
  });

  it('Say, Play, Dial, Pause and Email say what they do', () => {
    const face = (id: string, node: Partial<FlowNode>) =>
      getVerb(id).summary(
        { id: 'n', kind: id, attributes: {}, position: { x: 0, y: 0 }, ...node },
        resolveVerb(id, 'rcml').fields,
      );
    expect(face('say', { text: 'Welcome' })).toBe('Says “Welcome”');
    expect(face('play', { text: 'https://x.test/a.wav', attributes: { loop: '0' } })).toBe(
      'Plays a.wav · until hang-up',
    );
    const number = { id: 'c', kind: 'number', attributes: {}, text: '+15550100' };
    expect(face('dial', { children: [number] })).toBe('Calls +15550100');
    expect(face('pause', { attributes: { length: '2' } })).toBe('Waits 2 s in silence');
    expect(face('email', { attributes: { to: 'me@x.test' } })).toBe('Emails me@x.test');
  });
});

describe('summary helpers', () => {
  it('tell durations as people say them', () => {
    expect(duration('45')).toBe('45 s');
    expect(duration('60')).toBe('1 min');
    expect(duration('90')).toBe('90 s');
    expect(duration('3600')).toBe('1 h');
    expect(duration('5400')).toBe('1 h 30 min');
    expect(duration('soon')).toBe('soon s');
  });

  it('count and repeat', () => {
    expect(countOf(1, 'key', 'keys')).toBe('1 key');
    expect(countOf(3, 'key', 'keys')).toBe('3 keys');
    expect(repeats(undefined)).toBe('');
    expect(repeats('3')).toBe(' · 3 times');
  });
});
