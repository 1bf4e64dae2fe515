/**
 * Phone numbers as people paste them and as platforms send them.
 * Typed lists are strict (we cannot guess a country code); a caller's `From` is lenient, because
 * platforms have known conventions (CarrierX sends E.164 without the plus, SIP sends a URI).
 */
import type { FieldProblem } from '../schema/decisions';

/**
 * E.164: a plus, a non-zero digit, then 1 to 14 more digits. The one definition of a phone
 * number in international form: number lists here, phone fields in validation, callers in the
 * router. A plus and one digit is a country code (+1), never a whole number.
 */
export const E164 = /^\+[1-9]\d{1,14}$/;

/** Whether `value` is, exactly as written, a phone number in international (E.164) form. */
export function isE164(value: string): boolean {
  return E164.test(value);
}
const PREFIX = /^\+[1-9]\d{0,14}$/;
const EXAMPLE = '+14155550123';

/**
 * What a spreadsheet or a business card puts around digits: spaces (also no-break and tabs),
 * dashes of every width, dots, slashes and brackets.
 */
const DECORATION = /[\s\u00a0\u2000-\u200b\u202f\-\u2010-\u2015\u2212.()[\]/]/g;

/**
 * Removes decoration; a leading `00` (the international call prefix of most of the world) becomes
 * `+`. Other prefixes (`011` in North America) are left alone and so get flagged.
 */
export function tidyNumber(text: string): string {
  const bare = text.replace(DECORATION, '');
  return bare.startsWith('00') ? `+${bare.slice(2)}` : bare;
}

/**
 * A phone field's value as meant (Dial's number, caller ID, SMS to and from): tidied as a line of
 * Check caller's numbers is, so "+1 415 555 0100" is +14155550100. Custom SIP headers after `?`
 * are kept as written. A value that does not tidy into a number (client:alice, 415 555 0100
 * without its country code) is left as typed, for validation to explain.
 */
export function tidyPhoneField(value: string): string {
  const at = value.indexOf('?');
  const number = at < 0 ? value : value.slice(0, at);
  const tidied = tidyNumber(number.trim());
  if (tidied === number || !isE164(tidied)) return value;
  return at < 0 ? tidied : `${tidied}${value.slice(at)}`;
}

export interface TidiedList {
  /** Valid entries, tidied, without duplicates, in the order given. */
  readonly values: readonly string[];
  /** One per line that is still not valid, with its 1-based line number. */
  readonly problems: readonly FieldProblem[];
}

function tidyLines(
  field: string,
  text: string,
  valid: RegExp,
  describe: (line: string, tidied: string) => string,
): TidiedList {
  const values: string[] = [];
  const problems: FieldProblem[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const tidied = tidyNumber(line);
    if (valid.test(tidied)) {
      if (!values.includes(tidied)) values.push(tidied);
    } else {
      problems.push({ field, line: index + 1, message: describe(line, tidied) });
    }
  });
  return { values, problems };
}

function advice(line: string, tidied: string, what: string): string {
  const digitsOnly = /^[1-9]\d{1,14}$/.test(tidied);
  const hint = digitsOnly ? ` Did you mean +${tidied}?` : '';
  return `“${line}” is not ${what}. Write + and the country code, then the digits (for example ${EXAMPLE}).${hint}`;
}

/** One E.164 number a line, as typed or pasted; other lines are reported with their number. */
export function tidyNumberList(text: string, field = 'numbers'): TidiedList {
  return tidyLines(field, text, E164, (line, tidied) =>
    advice(line, tidied, 'a phone number in international form'),
  );
}

/** One prefix a line ("+44", "+1 800"): the start of an international number. */
export function tidyPrefixList(text: string, field = 'prefixes'): TidiedList {
  return tidyLines(field, text, PREFIX, (line, tidied) =>
    advice(line, tidied, 'the start of an international number'),
  );
}

/** Values platforms send for a caller who withheld their number. */
const WITHHELD = new Set(['', 'anonymous', 'restricted', 'unknown', 'private', 'unavailable']);

export type Caller =
  | { readonly kind: 'withheld' }
  | { readonly kind: 'number'; readonly e164: string }
  /** An app user (`client:alice`), a SIP name, or digits we cannot read as international. */
  | { readonly kind: 'other'; readonly value: string };

/**
 * Reads a `From` as sent by RCML (`+14155550199`, `client:alice`, `sip:+14155550199@host`),
 * FlexML (`14155550199`) or VoiceML, so that it can be compared with a tidied list.
 */
export function readCaller(from: string): Caller {
  const value = from.trim();
  if (WITHHELD.has(value.toLowerCase())) return { kind: 'withheld' };
  if (/^client:/i.test(value)) return { kind: 'other', value };
  // sip:user@host;params, sips:…, tel:+1…;params: only the user part names the caller.
  const uri = /^(?:sips?|tel):([^@;]*)/i.exec(value);
  const user = uri ? uri[1]!.trim() : value;
  if (WITHHELD.has(user.toLowerCase())) return { kind: 'withheld' };
  const tidied = tidyNumber(user);
  if (E164.test(tidied)) return { kind: 'number', e164: tidied };
  // E.164 without its plus (CarrierX); a national number (leading 0) cannot be read.
  if (/^[1-9]\d{1,14}$/.test(tidied)) return { kind: 'number', e164: `+${tidied}` };
  return { kind: 'other', value };
}
