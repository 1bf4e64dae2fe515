/**
 * Runs `callback` once the page has nothing more urgent to do (no input or frame waiting), but
 * no later than `timeoutMs`; returns a function that cancels it. Work that follows a pause in
 * the user's changes waits so for keys that are still queued, instead of running ahead of them.
 * Without `requestIdleCallback` (Safari, unit tests) it runs in the next task.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}

/**
 * Runs `callback` once `pauseMs` have passed and then the page is idle (at most `idleTimeoutMs`
 * more); returns a function that cancels it at either stage. For work that follows a pause in
 * the user's changes: each new change cancels and starts again.
 */
export function whenIdleAfter(
  pauseMs: number,
  callback: () => void,
  idleTimeoutMs: number,
): () => void {
  let cancel: () => void;
  const timer = setTimeout(() => {
    cancel = whenIdle(callback, idleTimeoutMs);
  }, pauseMs);
  cancel = () => clearTimeout(timer);
  return () => cancel();
}
