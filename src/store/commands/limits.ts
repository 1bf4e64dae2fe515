/**
 * Values are cut to their field's limit in the commands too, so no path around the inspector can
 * store an over-long one (the inspector cuts first and says so; the command's notice says so for
 * any other path). A change that would take the flow over the verb limit is refused.
 */
import type { Flow } from '../../schema/flow';
import { overVerbLimit } from '../../model/limits';
import type { NodePatch } from '../../model/operations';
import { cutMessage, cutToLength } from '../../verbs/limits';
import { patchWithinLimits } from '../withinLimits';
import type { Change, Refusal } from './command';

type CutNotice = Change<unknown>['notice'];

export function limitedPatch(
  flow: Flow,
  verb: string,
  patch: NodePatch,
): { patch: NodePatch; notice: CutNotice } {
  const limited = patchWithinLimits(verb, flow.dialect, patch);
  const first = limited.cut[0];
  return {
    patch: limited.patch,
    notice: first ? { text: cutMessage(first.limit, first.label), tone: 'warning' } : undefined,
  };
}

/**
 * A change that adds verbs and would leave more than the limit (src/model/limits.ts) is refused
 * with the limit's message, so nothing of the flow changes. One that adds none (an edit, a
 * deletion) is never refused by it.
 */
export function verbLimitRefusal(before: Flow, after: Flow): Refusal | undefined {
  if (after.nodes.length <= before.nodes.length) return undefined;
  const tooBig = overVerbLimit(after.nodes);
  return tooBig ? { refused: tooBig } : undefined;
}

export function limitedValue(
  value: string,
  limit: number,
  label: string,
): { value: string; notice: CutNotice } {
  const kept = cutToLength(value, limit);
  return {
    value: kept,
    notice: kept === value ? undefined : { text: cutMessage(limit, label), tone: 'warning' },
  };
}

/** The fields a patch sets, for a merge key: typing into one field is one step, another field another. */
export function fieldsOf(patch: NodePatch): string {
  return [
    ...Object.keys(patch.attributes ?? {}),
    'text' in patch ? 'text' : '',
    'label' in patch ? 'label' : '',
  ]
    .filter(Boolean)
    .join(',');
}
