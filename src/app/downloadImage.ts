import {
  FAILED_NOTICE,
  downloadFlowImage,
  savedNotice,
  type FlowImageCanvas,
  type FlowImageFormat,
} from '../canvas/flowImage';
import type { AppStore } from '../store/createAppStore';
import { downloadBlob } from './exportFile';

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
