import { useCallback, useEffect, useState } from 'react';

/**
 * What `load` answers (from the server), loaded when the view opens and again on `reload()`.
 * An answer that comes after the view closed is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>): [T | undefined, () => void] {
  const [loaded, setLoaded] = useState<{ readonly value: T }>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((value) => {
      if (live) setLoaded({ value });
    });
    return () => {
      live = false;
    };
  }, [load, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [loaded?.value, reload];
}
