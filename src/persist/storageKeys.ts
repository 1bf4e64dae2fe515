/**
 * Every key RCML Studio writes in the browser's localStorage, named in one place: what a flow
 * leaves behind is seen at a glance, and purging a flow removes all of it.
 */
const PREFIX = 'rcml-studio/';

/** The list of stored flows, the trash, and the flow open last. */
export const INDEX_KEY = `${PREFIX}flows`;
export const TRASH_KEY = `${PREFIX}trash`;
export const LAST_KEY = `${PREFIX}last-flow`;
/** A stored flow. */
export const flowKey = (flowId: string) => `${PREFIX}flow/${flowId}`;
/** Revision, time and tab of a flow's last save, small enough to read before every save. */
export const headKey = (flowId: string) => `${PREFIX}head/${flowId}`;
/**
 * The changes to a flow since its stored copy (flowKey) was written, as a patch: a save writes
 * only these, and the stored copy is rewritten with them from time to time (see library.ts).
 */
export const changesKey = (flowId: string) => `${PREFIX}changes/${flowId}`;
/** The simulator's saved test calls of a flow. */
export const testCallsKey = (flowId: string) => `${PREFIX}test-calls/${flowId}`;
/** What the team's server knows of a flow: its revision, and changes not yet sent. */
export const syncRecordKey = (flowId: string) => `${PREFIX}server/${flowId}`;
/** Whether a person was offered to move this browser's flows into the team's library. */
export const moveInKey = (userId: string) => `${PREFIX}moved-in/${userId}`;
/** Steps copied, for pasting into any flow in any tab. */
export const CLIPBOARD_KEY = `${PREFIX}clipboard`;
/** Panel sizes and whether the overview is shown. */
export const LAYOUT_KEY = `${PREFIX}layout`;

/** Every key that belongs to one flow: a purged flow leaves none of them behind. */
export function keysOfFlow(flowId: string): readonly string[] {
  return [
    flowKey(flowId),
    changesKey(flowId),
    headKey(flowId),
    testCallsKey(flowId),
    syncRecordKey(flowId),
  ];
}
