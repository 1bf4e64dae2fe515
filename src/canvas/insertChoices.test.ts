import { describe, expect, it } from 'vitest';
import { insertChoices } from './insertChoices';

describe('insertChoices', () => {
  it('offers the verbs that carry on in the same document, never those that end it', () => {
    const ids = insertChoices('rcml').map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['say', 'pause', 'play', 'gather']));
    expect(ids).not.toContain('reject');
    expect(ids).not.toContain('hangup');
    expect(ids).not.toContain('redirect');
  });
});
