import { describe, expect, it } from 'vitest';
import { openedNotice } from './flowFiles';
import { createFlow } from '../model/flow';

const flow = createFlow({ name: 'Front desk' });

describe('openedNotice', () => {
  it('says the file opened, and when it was upgraded', () => {
    expect(openedNotice('Front desk', { ok: true, flow })).toEqual({
      text: 'Opened “Front desk”.',
      tone: 'info',
    });
    expect(openedNotice('Front desk', { ok: true, flow, migratedFrom: 1 }).text).toBe(
      'Opened “Front desk” (upgraded from an older file version 1).',
    );
  });

  it('says what was repaired, as a warning, listing a few repairs and counting the rest', () => {
    const repairs = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'];
    const notice = openedNotice('Front desk', { ok: true, flow, repairs });
    expect(notice.tone).toBe('warning');
    expect(notice.text).toBe(
      'Opened “Front desk”. Repaired so that it can be shown and exported: One. Two. Three. 2 more repairs like these.',
    );
    expect(openedNotice('X', { ok: true, flow, repairs: ['A.'] }).text).toBe(
      'Opened “X”. Repaired so that it can be shown and exported: A.',
    );
  });
});
