/**
 * The screen's layout as the user left it: panel sizes and whether the overview (minimap) is
 * shown. Kept in the browser's storage under one key. What is read back is never trusted: a
 * missing, damaged or hostile value falls back to the default or is clamped into its range, so
 * start-up never fails because of it.
 */
import { LAYOUT_KEY } from '../persist/storageKeys';

export interface LayoutPrefs {
  /** Width of the palette (left), in pixels. */
  readonly paletteWidth: number;
  /** Width of the sidebar (inspector and preview, or the simulator), in pixels. */
  readonly sidebarWidth: number;
  /** Height of the RCML preview under the inspector, in pixels. */
  readonly previewHeight: number;
  /** Height of the Problems panel under the canvas, in pixels. */
  readonly problemsHeight: number;
  /** Whether the overview of the flow (React Flow's minimap) is shown. */
  readonly overviewOpen: boolean;
}

export type PanelSize = Exclude<keyof LayoutPrefs, 'overviewOpen'>;

/** The range each size may take, whatever the window; the window narrows it further. */
export const SIZE_LIMITS: Readonly<Record<PanelSize, { min: number; max: number }>> = {
  paletteWidth: { min: 180, max: 480 },
  sidebarWidth: { min: 300, max: 960 },
  previewHeight: { min: 120, max: 900 },
  problemsHeight: { min: 72, max: 600 },
};

export const DEFAULT_LAYOUT: LayoutPrefs = {
  paletteWidth: 240,
  sidebarWidth: 420,
  previewHeight: 300,
  // The title and three problems: the canvas keeps the room, the rest scrolls.
  problemsHeight: 132,
  overviewOpen: true,
};

const SIZES = Object.keys(SIZE_LIMITS) as PanelSize[];

/** A size within its limits, whole pixels; anything that is not a finite number gives `fallback`. */
export function clampSize(
  size: PanelSize,
  value: unknown,
  fallback = DEFAULT_LAYOUT[size],
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const { min, max } = SIZE_LIMITS[size];
  return Math.round(Math.min(max, Math.max(min, value)));
}

/** Layout prefs from whatever was stored: each field checked on its own, unknown fields dropped. */
export function parseLayoutPrefs(raw: unknown): LayoutPrefs {
  if (typeof raw !== 'string' || raw.length > 1000) return DEFAULT_LAYOUT;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return DEFAULT_LAYOUT;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return DEFAULT_LAYOUT;
  const record = data as Record<string, unknown>;
  // Own properties only: a stored "__proto__" or inherited field is not a preference.
  const field = (name: string) => (Object.hasOwn(record, name) ? record[name] : undefined);
  const sizes = Object.fromEntries(SIZES.map((size) => [size, clampSize(size, field(size))]));
  const overview = field('overviewOpen');
  return {
    ...(sizes as Record<PanelSize, number>),
    overviewOpen: typeof overview === 'boolean' ? overview : DEFAULT_LAYOUT.overviewOpen,
  };
}

/** The part of the browser's storage this module uses. */
export interface PrefsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The stored layout, or the default where storage cannot be read. */
export function loadLayoutPrefs(storage: PrefsStorage | null): LayoutPrefs {
  if (!storage) return DEFAULT_LAYOUT;
  try {
    return parseLayoutPrefs(storage.getItem(LAYOUT_KEY));
  } catch {
    return DEFAULT_LAYOUT;
  }
}

/** Stores the layout; a full or blocked storage only means it is not remembered. */
export function saveLayoutPrefs(storage: PrefsStorage | null, prefs: LayoutPrefs): void {
  try {
    storage?.setItem(LAYOUT_KEY, JSON.stringify(prefs));
  } catch {
    // Not remembering a panel's size is not worth bothering the user about.
  }
}

/** The browser's local storage, or null where even reaching it throws (some private modes). */
export function layoutStorage(): PrefsStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** What the canvas and the inspector keep, however large the user made the other panels. */
const MIN_CANVAS_WIDTH = 400;
const MIN_CANVAS_HEIGHT = 240;
const MIN_INSPECTOR_HEIGHT = 160;
const TOOLBAR_HEIGHT = 56;

export interface FittedLayout {
  /** The sizes drawn: the user's, narrowed so that this window still shows the canvas. */
  readonly size: Readonly<Record<PanelSize, number>>;
  /** How far each splitter may go in this window. */
  readonly max: Readonly<Record<PanelSize, number>>;
}

/**
 * The user's sizes fitted to a window. The stored sizes are left as they are, so a panel made
 * wide on a big screen is wide again there after a session on a small one.
 */
export function fitLayout(
  prefs: LayoutPrefs,
  window: { width: number; height: number },
): FittedLayout {
  const within = (size: PanelSize, room: number) =>
    Math.max(SIZE_LIMITS[size].min, Math.min(SIZE_LIMITS[size].max, Math.floor(room)));
  const across = window.width - MIN_CANVAS_WIDTH;
  const below = window.height - TOOLBAR_HEIGHT;
  const paletteMax = within('paletteWidth', across - SIZE_LIMITS.sidebarWidth.min);
  const paletteWidth = Math.min(prefs.paletteWidth, paletteMax);
  const sidebarMax = within('sidebarWidth', across - paletteWidth);
  const sidebarWidth = Math.min(prefs.sidebarWidth, sidebarMax);
  const max = {
    paletteWidth: within('paletteWidth', across - sidebarWidth),
    sidebarWidth: sidebarMax,
    previewHeight: within('previewHeight', below - MIN_INSPECTOR_HEIGHT),
    problemsHeight: within('problemsHeight', below - MIN_CANVAS_HEIGHT),
  };
  return {
    size: {
      paletteWidth,
      sidebarWidth,
      previewHeight: Math.min(prefs.previewHeight, max.previewHeight),
      problemsHeight: Math.min(prefs.problemsHeight, max.problemsHeight),
    },
    max,
  };
}
