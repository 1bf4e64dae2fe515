/**
 * Menu keys: what a caller may enter at a Gather, as the Menu lists it. A key sequence is one or
 * more of `0`–`9`, `*`, `#` ("1", "10", "*9", "#"); sequences are separated by spaces, commas or
 * new lines. Restcomm's Visual Designer could not map `*` or `#` (Restcomm-Connect #919): we can.
 */
import type { DecisionOutletDef, FieldProblem } from '../schema/decisions';

const SEQUENCE = /^[0-9*#]+$/;
/** Longest sequence a Gather collects in one go on VoiceML (MaxDigitCount 128). */
const LONGEST = 128;

export interface ParsedKeys {
  readonly keys: readonly string[];
  readonly problems: readonly FieldProblem[];
}

export function parseKeys(text: string, field = 'keys'): ParsedKeys {
  const keys: string[] = [];
  const problems: FieldProblem[] = [];
  for (const key of text.split(/[\s,;]+/).filter(Boolean)) {
    if (!SEQUENCE.test(key) || key.length > LONGEST) {
      problems.push({
        field,
        message: `“${key}” is not a key a caller can press. Use 0 to 9, * and #, alone or in a sequence such as 10 or *9.`,
      });
    } else if (keys.includes(key)) {
      problems.push({ field, message: `Key ${key} is listed twice; only the first one is used.` });
    } else {
      keys.push(key);
    }
  }
  return { keys, problems };
}

export const KEY_OUTLET_PREFIX = 'key:';

export function keyOutletId(key: string): string {
  return `${KEY_OUTLET_PREFIX}${key}`;
}

export function keyOutlet(key: string): DecisionOutletDef {
  return {
    id: keyOutletId(key),
    label: `Key ${key}`,
    help: `When the caller enters exactly ${key}.`,
  };
}
