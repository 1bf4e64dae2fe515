/**
 * The inspector's fields (NodeInspector and what only it imports) are a chunk of their own, loaded
 * on the first selection: the first screen shows none of them (issue 23). The inspector prefetches
 * it once the first screen is painted, so a first click rarely waits.
 *
 * Not React.lazy: a lazy component suspends on its first render even when its chunk is already
 * here, and React then keeps the fallback up to 300 ms. Here, once loaded, the fields render at
 * once.
 */
import { useEffect, useState, type ComponentProps } from 'react';
import type { NodeInspector } from './NodeInspector';

let loaded: typeof NodeInspector | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the fields' chunk, once; a failed load (the network dropped) is tried again next time. */
export function loadNodeInspector(): Promise<unknown> {
  loading ??= import('./NodeInspector').then(
    (module) => (loaded = module.NodeInspector),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether the fields' chunk is here: at once if it already was, else once it arrives. */
export function useNodeInspectorLoaded(): boolean {
  const [ready, setReady] = useState(loaded !== undefined);
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (ready) return;
    let current = true;
    loadNodeInspector().then(
      () => current && setReady(true),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [ready]);
  // A chunk that cannot load is for the app's error boundary to show, as for the lazy dialogs.
  if (failure) throw failure.error;
  return ready;
}

/** NodeInspector from its chunk: render it only once `useNodeInspectorLoaded()` is true. */
export function LoadedNodeInspector(props: ComponentProps<typeof NodeInspector>) {
  if (!loaded) throw new Error('The inspector’s fields are rendered before their code loaded');
  const Loaded = loaded;
  return <Loaded {...props} />;
}
