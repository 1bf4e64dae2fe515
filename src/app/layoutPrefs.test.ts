import { describe, expect, it } from 'vitest';
import { LAYOUT_KEY } from '../persist/storageKeys';
import {
  DEFAULT_LAYOUT,
  fitLayout,
  loadLayoutPrefs,
  parseLayoutPrefs,
  saveLayoutPrefs,
  SIZE_LIMITS,
  type PrefsStorage,
} from './layoutPrefs';

function memoryStorage(initial: Record<string, string> = {}): PrefsStorage & {
  data: Record<string, string>;
} {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

describe('parseLayoutPrefs', () => {
  it('reads back what was saved', () => {
    const prefs = {
      paletteWidth: 300,
      sidebarWidth: 500,
      previewHeight: 250,
      problemsHeight: 200,
      overviewOpen: false,
    };
    const storage = memoryStorage();
    saveLayoutPrefs(storage, prefs);
    expect(loadLayoutPrefs(storage)).toEqual(prefs);
  });

  it('gives the defaults for nothing stored, broken JSON or something that is not an object', () => {
    for (const raw of [null, undefined, '', '{', 'null', '42', '"wide"', '[300, 400]', 'true']) {
      expect(parseLayoutPrefs(raw)).toEqual(DEFAULT_LAYOUT);
    }
  });

  it('clamps sizes into their limits and rounds them to whole pixels', () => {
    const prefs = parseLayoutPrefs(
      JSON.stringify({
        paletteWidth: 1,
        sidebarWidth: 1e9,
        previewHeight: -500,
        problemsHeight: 123.6,
      }),
    );
    expect(prefs.paletteWidth).toBe(SIZE_LIMITS.paletteWidth.min);
    expect(prefs.sidebarWidth).toBe(SIZE_LIMITS.sidebarWidth.max);
    expect(prefs.previewHeight).toBe(SIZE_LIMITS.previewHeight.min);
    expect(prefs.problemsHeight).toBe(124);
  });

  it('replaces each hostile or mistyped field by its default, keeping the good ones', () => {
    const prefs = parseLayoutPrefs(
      JSON.stringify({
        paletteWidth: '300px',
        sidebarWidth: { valueOf: 500 },
        previewHeight: null,
        problemsHeight: 250,
        overviewOpen: 'no',
        extra: 'ignored',
      }),
    );
    expect(prefs).toEqual({ ...DEFAULT_LAYOUT, problemsHeight: 250 });
    expect(prefs).not.toHaveProperty('extra');
  });

  it('ignores NaN and infinities (written as numbers that JSON cannot hold)', () => {
    const raw = '{"paletteWidth": 1e400, "sidebarWidth": -1e400}';
    const prefs = parseLayoutPrefs(raw);
    expect(prefs.paletteWidth).toBe(DEFAULT_LAYOUT.paletteWidth);
    expect(prefs.sidebarWidth).toBe(DEFAULT_LAYOUT.sidebarWidth);
  });

  it('does not take fields from a __proto__ key', () => {
    const prefs = parseLayoutPrefs('{"__proto__": {"paletteWidth": 400, "overviewOpen": false}}');
    expect(prefs).toEqual(DEFAULT_LAYOUT);
    expect(({} as Record<string, unknown>).paletteWidth).toBeUndefined();
  });

  it('refuses an oversized value without parsing it', () => {
    const raw = JSON.stringify({ paletteWidth: 300, padding: 'x'.repeat(5000) });
    expect(parseLayoutPrefs(raw)).toEqual(DEFAULT_LAYOUT);
  });
});

describe('storage that fails', () => {
  const throwing: PrefsStorage = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };

  it('starts with the defaults where storage cannot be read or is missing', () => {
    expect(loadLayoutPrefs(throwing)).toEqual(DEFAULT_LAYOUT);
    expect(loadLayoutPrefs(null)).toEqual(DEFAULT_LAYOUT);
  });

  it('does not throw where storage cannot be written', () => {
    expect(() => saveLayoutPrefs(throwing, DEFAULT_LAYOUT)).not.toThrow();
    expect(() => saveLayoutPrefs(null, DEFAULT_LAYOUT)).not.toThrow();
  });

  it('keeps everything under one key', () => {
    const storage = memoryStorage();
    saveLayoutPrefs(storage, DEFAULT_LAYOUT);
    expect(Object.keys(storage.data)).toEqual([LAYOUT_KEY]);
  });
});

describe('fitLayout', () => {
  it('draws the sizes as they are where the window has room', () => {
    const fitted = fitLayout(DEFAULT_LAYOUT, { width: 1280, height: 720 });
    expect(fitted.size).toEqual({
      paletteWidth: DEFAULT_LAYOUT.paletteWidth,
      sidebarWidth: DEFAULT_LAYOUT.sidebarWidth,
      previewHeight: DEFAULT_LAYOUT.previewHeight,
      problemsHeight: DEFAULT_LAYOUT.problemsHeight,
    });
  });

  it('narrows panels saved on a big screen so a small window still shows the canvas', () => {
    const wide = { ...DEFAULT_LAYOUT, paletteWidth: 480, sidebarWidth: 960, problemsHeight: 600 };
    const fitted = fitLayout(wide, { width: 1280, height: 720 });
    const canvasWidth = 1280 - fitted.size.paletteWidth - fitted.size.sidebarWidth;
    expect(canvasWidth).toBeGreaterThanOrEqual(400);
    expect(fitted.size.paletteWidth).toBe(480);
    expect(fitted.size.problemsHeight).toBeLessThanOrEqual(720 - 56 - 240);
    // The splitters stop where the fitted sizes stop.
    expect(fitted.max.sidebarWidth).toBe(fitted.size.sidebarWidth);
    expect(fitted.max.problemsHeight).toBe(fitted.size.problemsHeight);
  });

  it('never goes below a panel’s smallest size, even in a tiny window', () => {
    const fitted = fitLayout(DEFAULT_LAYOUT, { width: 500, height: 300 });
    for (const [size, value] of Object.entries(fitted.size)) {
      expect(value).toBeGreaterThanOrEqual(SIZE_LIMITS[size as keyof typeof SIZE_LIMITS].min);
    }
  });
});
