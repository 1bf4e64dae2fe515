import type { ReactFlowInstance } from '@xyflow/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAILED_NOTICE } from '../../canvas/flowImage';
import { createAppStore } from '../../store/createAppStore';
import { buildFlow, say } from '../../test/builders';
import { actionById } from './registry';
import type { ActionContext } from './types';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Download image actions', () => {
  it('are in the registry, one per format, and are not undo steps', () => {
    for (const id of ['download-image-png', 'download-image-svg']) {
      const action = actionById(id);
      expect(action.label).toMatch(/^Download image as (PNG|SVG)$/);
      expect(action.undoStep).toBe(false);
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
});
