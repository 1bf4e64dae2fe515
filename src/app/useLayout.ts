import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  clampSize,
  fitLayout,
  layoutStorage,
  loadLayoutPrefs,
  saveLayoutPrefs,
  type FittedLayout,
  type LayoutPrefs,
  type PanelSize,
} from './layoutPrefs';

export interface Layout extends FittedLayout {
  readonly overviewOpen: boolean;
  resize(size: PanelSize, value: number): void;
  setOverviewOpen(open: boolean): void;
}

/** The screen's layout: remembered across reloads, fitted to the window as it is resized. */
export function useLayout(): Layout {
  const [prefs, setPrefs] = useState<LayoutPrefs>(() => loadLayoutPrefs(layoutStorage()));
  const width = useSyncExternalStore(subscribeResize, () => window.innerWidth);
  const height = useSyncExternalStore(subscribeResize, () => window.innerHeight);

  useEffect(() => saveLayoutPrefs(layoutStorage(), prefs), [prefs]);

  const resize = useCallback((size: PanelSize, value: number) => {
    setPrefs((p) => ({ ...p, [size]: clampSize(size, value, p[size]) }));
  }, []);
  const setOverviewOpen = useCallback((overviewOpen: boolean) => {
    setPrefs((p) => ({ ...p, overviewOpen }));
  }, []);

  return {
    ...fitLayout(prefs, { width, height }),
    overviewOpen: prefs.overviewOpen,
    resize,
    setOverviewOpen,
  };
}

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
