import type { ReactFlowInstance } from '@xyflow/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAILED_NOTICE } from '../../canvas/flowImage';
import { createAppStore } from '../../store/createAppStore';
import { buildFlow, chainOf, say } from '../../test/builders';
import { IMAGE_MAX_STEPS, tooBigForImageNotice } from '../downloadImage';
import { actionById } from './registry';
import type { ActionContext } from './types';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Download image actions', () => {
  it('are in the registry, one per format', () => {
    for (const id of ['download-image-png', 'download-image-svg']) {
      const action = actionById(id);
      expect(action.label).toMatch(/^Download image as (PNG|SVG)$/);
    }
  });

  it('tell the user plainly when no picture could be made', async () => {
    const store = createAppStore(buildFlow('rcml', say('Hello')).flow);
    // A page without the canvas in it: nothing to draw.
    vi.stubGlobal('document', { querySelector: () => null });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    actionById('download-image-png').perform({
      store,
      state: store.getState(),
      reactFlow: {} as ReactFlowInstance,
    } as unknown as ActionContext);
    await vi.waitFor(() => expect(store.getState().notice?.text).toBe(FAILED_NOTICE));
    expect(store.getState().notice?.tone).toBe('warning');
    expect(logged).toHaveBeenCalled();
  });

  it('refuse a flow too big to draw, saying how big it is, without touching the page', async () => {
    const store = createAppStore(chainOf(IMAGE_MAX_STEPS + 1));
    const querySelector = vi.fn(() => null);
    vi.stubGlobal('document', { querySelector });
    actionById('download-image-svg').perform({
      store,
      state: store.getState(),
      reactFlow: {} as ReactFlowInstance,
    } as unknown as ActionContext);
    await vi.waitFor(() =>
      expect(store.getState().notice?.text).toBe(tooBigForImageNotice(IMAGE_MAX_STEPS + 1)),
    );
    expect(store.getState().notice?.text).toContain('301');
    expect(querySelector).not.toHaveBeenCalled();
  });
});
