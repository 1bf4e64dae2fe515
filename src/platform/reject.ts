/**
 * What a `<Reject>` tells the caller's carrier, read from the dialect's table of reasons
 * (src/dialects): the SIP response, the Q.850 cause where documented, FlexML's Call-Info text,
 * VoiceML's error code and message; and what the caller hears.
 */
import { bodyAllowed } from '../dialects';
import type { FieldOption, OptionMeaning } from '../schema/verbs';
import type { VerbElement } from './elements';
import type { RejectOutcome } from './types';

const CALLER_HEARS = /^caller hears (.+)$/;

/**
 * What carriers usually play for a kind of refusal, when the dialect does not say. The families
 * are the dialect tables' own (OptionMeaning.family); the words follow what the dialects that do
 * say write for the same family.
 */
const USUALLY: Readonly<Record<OptionMeaning['family'], string>> = {
  busy: 'a busy signal',
  'not-found': 'a “not in service” message',
  decline: 'a “not in service” message',
  unavailable: 'a busy signal',
};

export function rejectOutcome(reject: VerbElement): RejectOutcome {
  const field = reject.verb?.fields.get('reason');
  const options = field?.options ?? [];
  const dialect = reject.verb?.dialect;
  const written = reject.written('reason');
  const fallback = field?.platformDefault ?? 'rejected';
  const notes: string[] = [];
  let option = findOption(options, written ?? fallback, dialect?.id === 'rcml');
  if (!option) {
    option = findOption(options, fallback, false);
    if (written !== undefined) {
      notes.push(
        `“${written}” is not a reason ${dialect?.label ?? 'this dialect'} knows: the platform refuses the call with the default reason, “${fallback}”.`,
      );
    }
  }
  if (option?.caveat) notes.push(option.caveat);
  const meaning = option?.meaning;
  const described = CALLER_HEARS.exec(option?.description ?? '')?.[1];
  const documented = described !== undefined;
  const callerHears = described ?? (meaning ? USUALLY[meaning.family] : 'what their carrier plays');
  const outcome: RejectOutcome = {
    reason: option?.value ?? written ?? fallback,
    label: option?.label ?? written ?? fallback,
    sip: meaning?.sip ?? 0,
    code: option?.code ?? (meaning ? String(meaning.sip) : 'unknown'),
    ...(meaning?.q850 !== undefined ? { q850: meaning.q850 } : {}),
    callerHears,
    callerHearsDocumented: documented,
    notes,
  };
  return { ...outcome, ...callInfo(reject, option, notes), ...errorMessage(reject) };
}

/** Exactly the option, or (RCML compares reasons without case) one spelled in another case. */
function findOption(
  options: readonly FieldOption[],
  value: string,
  ignoreCase: boolean,
): FieldOption | undefined {
  return (
    options.find((o) => o.value === value) ??
    (ignoreCase ? options.find((o) => o.value.toLowerCase() === value.toLowerCase()) : undefined)
  );
}

/**
 * FlexML: the body goes back in a Call-Info header, only with the reason the dialect's body rule
 * names; another reason's body is not sent.
 */
function callInfo(
  reject: VerbElement,
  option: FieldOption | undefined,
  notes: string[],
): Pick<RejectOutcome, 'callInfo'> {
  const text = reject.text;
  const verb = reject.verb;
  if (!text || !verb || verb.bodyRule.kind !== 'only-when') return {};
  if (!bodyAllowed(verb.bodyRule, { [verb.bodyRule.attribute]: option?.value ?? '' })) {
    notes.push(`The message “${text}” is not sent: ${verb.bodyRule.explanation}`);
    return {};
  }
  return { callInfo: `"${text.replace(/["\\]/g, '\\$&')}"` };
}

/** VoiceML: an ErrorMessage is saved on the call record, with the error code USER. */
function errorMessage(reject: VerbElement): Pick<RejectOutcome, 'errorCode' | 'errorMessage'> {
  if (!reject.verb?.fields.has('errorMessage')) return {};
  const message = reject.written('errorMessage');
  return message === undefined ? {} : { errorCode: 'USER', errorMessage: message };
}
