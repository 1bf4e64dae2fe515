/** The flow as a whole: its name, base URL and dialect, or all of it at once (import, restore). */
import type { DialectConversion } from '../../dialects/convert';
import { getDialect } from '../../dialects';
import { overVerbLimit } from '../../model/limits';
import * as ops from '../../model/operations';
import { BASE_URL_MAX_LENGTH, FLOW_NAME_MAX_LENGTH } from '../../verbs/limits';
import type { Args } from './args';
import type { Command } from './command';
import { limitedValue } from './limits';

export const renameFlow: Command<Args<'renameFlow'>> = {
  id: 'rename flow',
  run({ flow }, name) {
    const kept = limitedValue(name, FLOW_NAME_MAX_LENGTH, 'the flow name');
    return { flow: ops.renameFlow(flow, kept.value), notice: kept.notice };
  },
  mergeKey: () => 'rename',
};

export const setBaseUrl: Command<Args<'setBaseUrl'>> = {
  id: 'set base URL',
  run({ flow }, value) {
    const url = limitedValue(value, BASE_URL_MAX_LENGTH, 'the base URL');
    return {
      flow: flow.baseUrl === url.value ? flow : { ...flow, baseUrl: url.value },
      notice: url.notice,
    };
  },
  mergeKey: () => 'base-url',
};

/** A dialect change planned by src/dialects/convert (at once, or once the user confirmed it). */
export const changeDialect: Command<[conversion: DialectConversion]> = {
  id: 'change dialect',
  run(_context, { flow, changes }) {
    const label = getDialect(flow.dialect).label;
    const changed = changes.length;
    const text =
      changed === 0
        ? `Switched to ${label}.`
        : `Switched to ${label}: ${changed} ${changed === 1 ? 'value' : 'values'} converted by SIP code.`;
    return { flow, notice: { text, tone: 'success' } };
  },
};

/**
 * The whole flow replaced (import, restore, an edit in the XML view): `action` names the step.
 * A flow over the verb limit is refused, and the flow stays as it was.
 */
export const replaceFlow: Command<Args<'replaceFlow'>> = {
  id: 'replace flow',
  run(_context, action, flow) {
    const tooBig = overVerbLimit(flow.nodes);
    return tooBig ? { refused: tooBig } : { flow, action };
  },
  mergeKey: (_action, _flow, mergeKey) => mergeKey,
};
