import type { Rule } from '../types';
import { answeredBeforeReject } from './answeredBeforeReject';
import { baseUrl } from './baseUrl';
import { bodyNotAllowed } from './bodyNotAllowed';
import { decisionField } from './decisionField';
import { decisionOutletUnconnected } from './decisionOutletUnconnected';
import { decisionOutOfPlace } from './decisionOutOfPlace';
import { dialConferenceMix } from './dialConferenceMix';
import { dialTargets } from './dialTargets';
import { emptyCall } from './emptyCall';
import { fillIn } from './fillIn';
import { endlessLoop } from './endlessLoop';
import { gatherHints } from './gatherHints';
import { gatherNumDigits } from './gatherNumDigits';
import { gatherTrailingPause } from './gatherTrailingPause';
import { gatherWithoutAction } from './gatherWithoutAction';
import { hangupFirst } from './hangupFirst';
import { invalidNumber } from './invalidNumber';
import { invalidUrl } from './invalidUrl';
import { loopOnSomePlatforms } from './loopOnSomePlatforms';
import { neverRunsAfterAction } from './neverRunsAfterAction';
import { nonXmlCharacters } from './nonXmlCharacters';
import { notE164 } from './notE164';
import { requiredField } from './requiredField';
import { statusCallbackEvents } from './statusCallbackEvents';
import { tooLong } from './tooLong';
import { unreachableNode } from './unreachableNode';
import { valueNotAllowed } from './valueNotAllowed';
import { neverReached } from './neverReached';
import { unknownElement } from './unknownElement';
import { verbNotDocumented } from './verbNotDocumented';
import { verbNotInDialect } from './verbNotInDialect';

/**
 * Every rule, run in this order on every check. Each says its scope: a node rule (`scope:
 * 'node'`) reads one node, the dialect and the node's own outlets, and runs again only on the
 * nodes an edit changed; a flow rule (`scope: 'flow'`) reads the graph (reachability, paths,
 * loops), several nodes, the documents or the flow's settings, and runs at every check.
 */
export const rules: readonly Rule[] = [
  // The flow's own settings.
  baseUrl,
  // The call as a whole: what runs, and when.
  emptyCall,
  answeredBeforeReject,
  hangupFirst,
  neverRunsAfterAction,
  neverReached,
  endlessLoop,
  loopOnSomePlatforms,
  // Decisions: where they stand, where their outlets lead, and what their fields say.
  decisionOutOfPlace,
  decisionOutletUnconnected,
  decisionField,
  // Verbs and values the dialect has.
  verbNotInDialect,
  verbNotDocumented,
  valueNotAllowed,
  // Fields of every element, nested ones included.
  requiredField,
  tooLong,
  bodyNotAllowed,
  invalidNumber,
  notE164,
  invalidUrl,
  statusCallbackEvents,
  nonXmlCharacters,
  // Verb-specific platform traps.
  dialTargets,
  dialConferenceMix,
  gatherWithoutAction,
  gatherNumDigits,
  gatherHints,
  gatherTrailingPause,
  unknownElement,
  unreachableNode,
  // What a template left for the user to fill in.
  fillIn,
];
