import { describe, expect, it } from 'vitest';
import { nodeOf } from '../test/builders';
import { createAppStore } from './createAppStore';

const chars = (value: string | undefined) => [...(value ?? '')].length;
const MEGABYTE = 'Grüße مرحبا こんにちは 👋🏽 '.repeat(50_000);

describe('the store cuts over-long values, whatever path the edit takes', () => {
  it('cuts a 1 MB "Text to say" to 4,096 characters and says so', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('say');
    store.getState().updateNode(id, { text: MEGABYTE });
    const text = nodeOf(store.getState().flow, id).text;
    expect(chars(text)).toBeLessThanOrEqual(4096);
    expect(chars(text)).toBeGreaterThan(4090);
    expect(MEGABYTE.startsWith(text!)).toBe(true);
    expect(store.getState().notice?.text).toBe(
      'Cut to 4,096 characters: the limit for Text to say.',
    );
  });

  it('cuts to the dialect’s limit: VoiceML’s Error message is 64 characters', () => {
    const store = createAppStore();
    store.getState().requestDialect('voiceml');
    store.getState().confirmDialect();
    const id = store.getState().addVerb('reject');
    store.getState().updateNode(id, { attributes: { errorMessage: 'x'.repeat(100) } });
    expect(nodeOf(store.getState().flow, id).attributes.errorMessage).toBe('x'.repeat(64));
  });

  it('caps fields without a documented limit, labels and nested elements', () => {
    const store = createAppStore();
    const dial = store.getState().addVerb('dial');
    store.getState().updateNode(dial, {
      attributes: { action: `https://example.com/${'a'.repeat(10_000)}` },
      label: 'L'.repeat(500),
    });
    const node = nodeOf(store.getState().flow, dial);
    expect(chars(node.attributes.action)).toBe(2048);
    expect(chars(node.label)).toBe(60);

    const number = store.getState().addChild(dial, 'number')!;
    store.getState().updateChild(dial, number, { text: '1'.repeat(10_000) });
    const child = nodeOf(store.getState().flow, dial).children!.find((c) => c.id === number)!;
    expect(chars(child.text)).toBe(256);
  });

  it('cuts the flow name and the base URL', () => {
    const store = createAppStore();
    store.getState().renameFlow('n'.repeat(1000));
    store.getState().setBaseUrl(`https://example.com/${'a'.repeat(10_000)}/`);
    expect(chars(store.getState().flow.name)).toBe(120);
    expect(chars(store.getState().flow.baseUrl)).toBe(2048);
  });

  it('leaves values within their limit untouched and says nothing', () => {
    const store = createAppStore();
    const id = store.getState().addVerb('say');
    store.getState().updateNode(id, { text: 'Hello' });
    expect(nodeOf(store.getState().flow, id).text).toBe('Hello');
    expect(store.getState().notice).toBeNull();
  });
});
