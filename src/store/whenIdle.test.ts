import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdleAfter } from './whenIdle';

describe('work after a pause, once the page is idle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the pause has passed and the page is idle, not before', () => {
    const work = vi.fn();
    whenIdleAfter(250, work, 250);
    vi.advanceTimersByTime(250);
    // The pause is over; without requestIdleCallback (here), idle is the next task.
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('is cancelled during the pause, and while it waits for idle', () => {
    const during = vi.fn();
    whenIdleAfter(250, during, 250)();
    const waiting = vi.fn();
    const cancel = whenIdleAfter(250, waiting, 250);
    vi.advanceTimersByTime(250);
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(during).not.toHaveBeenCalled();
    expect(waiting).not.toHaveBeenCalled();
  });
});
