import type { FlowImageCanvas, FlowImageFormat } from '../canvas/flowImage';
import type { AppStore } from '../store/createAppStore';
import { downloadBlob } from './exportFile';

/**
 * The biggest flow drawn as a picture. html-to-image copies every element and its styles on the
 * page's thread: 300 steps take seconds, 1,000 took over a minute here (the page frozen all
 * along), so past this the user is told instead.
 */
export const IMAGE_MAX_STEPS = 300;

export function tooBigForImageNotice(steps: number): string {
  return `A picture is made of flows of up to ${IMAGE_MAX_STEPS} steps, and this one has ${steps.toLocaleString('en-US')}: drawing it would stop the page for minutes. Download the flow, or take a screenshot of the part on screen.`;
}

/**
 * "Download image" as the toolbar menu and the actions run it: the picture of the whole flow,
 * saved under the flow's name, and a notice saying so (or why not).
 */
export async function downloadImage(
  format: FlowImageFormat,
  reactFlow: FlowImageCanvas,
  store: AppStore,
): Promise<void> {
  const state = store.getState();
  const steps = state.flow.nodes.length - 1; // the incoming call is not a step
  if (steps > IMAGE_MAX_STEPS) {
    state.notify(tooBigForImageNotice(steps), 'warning');
    return;
  }
  state.notify('Drawing the picture of the flow…');
  // What draws the picture (html-to-image among it) loads when a picture is first asked for.
  const { FAILED_NOTICE, downloadFlowImage, savedNotice } = await import('../canvas/flowImage');
  try {
    const { fileName, scale } = await downloadFlowImage(format, {
      reactFlow,
      flowName: state.flow.name,
      save: downloadBlob,
    });
    state.notify(savedNotice(fileName, scale), scale < 1 ? 'warning' : 'success');
  } catch (error) {
    console.error('Download image failed', error);
    state.notify(FAILED_NOTICE, 'warning');
  }
}
