/**
 * The "Calls" toggle's data: the live version's flow and its counts in the period asked, drawn
 * on the canvas as one overlay; or, in words, why there is nothing to draw.
 */
import type { CallOverlay } from '../../store/types';
import type { StudioApi } from '../../team/api';
import { callOverlay } from '../../team/callOverlay';

/** The periods a user can ask for, in days. */
export const CALL_PERIODS = [
  { days: 1, label: '24 hours' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
] as const;

export async function loadCallOverlay(
  api: StudioApi,
  flowId: string,
  days: number,
): Promise<CallOverlay | string> {
  const versions = await api.versions(flowId);
  if (!versions.ok) return `The calls could not be read. ${versions.message}`;
  const { live } = versions.value;
  if (live === null) return 'No version of this flow is live yet: Publish it to count its calls.';
  const [version, counts] = await Promise.all([api.version(flowId, live), api.calls(flowId, days)]);
  if (!version.ok) return `The calls could not be read. ${version.message}`;
  if (!counts.ok) return `The calls could not be read. ${counts.message}`;
  return callOverlay(version.value.flow, live, days, counts.value.counts);
}
