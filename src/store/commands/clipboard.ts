/**
 * Copy, paste and duplicate. Made once per store (createDocumentSlice): the clipboard is the
 * store's, and so is the memory of the last paste, which moves each paste of the same fragment
 * in a row a little further from the original so that every copy stays visible.
 */
import { extractFragment, insertFragment, type FlowFragment } from '../../model/fragment';
import type { FlowClipboard } from '../../persist/clipboard';
import { summarizeRepairs } from '../../persist/repair';
import { unchanged, type Change, type Command, type CommandContext, type Refusal } from './command';
import { verbLimitRefusal } from './limits';

/** How far a pasted copy sits from the original, so both stay visible. */
export const PASTE_OFFSET = 40;

export interface ClipboardCommands {
  /** Puts the selected steps on the clipboard (no change to the flow); returns them. */
  copy(context: CommandContext): FlowFragment | undefined;
  readonly paste: Command<[], number>;
  readonly duplicate: Command<[], number>;
}

export function createClipboardCommands(clipboard: FlowClipboard): ClipboardCommands {
  /** The last fragment pasted, and how many times in a row. */
  let pasted: { key: string; times: number } | undefined;

  function insert(
    context: CommandContext,
    fragment: FlowFragment | undefined,
  ): Change<number> | Refusal {
    if (!fragment) return unchanged(context, 0);
    // A clipboard may hand back a fresh object per read: recognise the same content instead.
    const key = JSON.stringify(fragment.nodes);
    const times = pasted?.key === key ? pasted.times + 1 : 1;
    const shift = PASTE_OFFSET * times;
    const result = insertFragment(context.flow, fragment, { x: shift, y: shift });
    // Over the verb limit: refused here, not only by the executor (which holds every command to
    // it), so that the next paste sits where this one would have.
    const refusal = verbLimitRefusal(context.flow, result.flow);
    if (refusal) return refusal;
    pasted = { key, times };
    return {
      flow: result.flow,
      value: result.nodeIds.length,
      select: { nodeIds: result.nodeIds },
      // A fragment read from storage may have needed repairs: the paste says what they were.
      notice: fragment.repairs?.length
        ? { text: `Pasted. ${summarizeRepairs(fragment.repairs)}`, tone: 'warning' }
        : undefined,
    };
  }

  return {
    copy(context) {
      const fragment = extractFragment(context.flow, context.selectedNodeIds);
      if (fragment) clipboard.write(fragment);
      return fragment;
    },
    paste: { id: 'paste', run: (context) => insert(context, clipboard.read()) },
    duplicate: {
      id: 'duplicate',
      run: (context) => insert(context, extractFragment(context.flow, context.selectedNodeIds)),
    },
  };
}
