import { isE164 } from '../../decisions/phone';
import type { NodeRule } from '../types';
import { elementName, selectFields, valueOf, where } from './names';
/** A Dial caller ID may name an app user instead (rcml-verbs.md §3.1). */
const CLIENT = /^client:[^\s?]+$/;
const EXAMPLE = '+14155550123';

const phoneFields = selectFields((field) => field.kind === 'phone');

/**
 * Phone fields (Dial's caller ID, SMS to/from, the Number noun's number). An invalid caller ID or
 * SMS number stops the call on the open-source server (rcml-verbs.md §3.1, §3.13).
 */
export const notE164: NodeRule = {
  id: 'not-e164',
  severity: 'error',
  description: 'A phone number not in international E.164 form.',
  scope: 'node',
  nodes: 'verbs',
  *checkNode(_node, context) {
    for (const ref of context.elements) {
      for (const field of phoneFields(ref.verb)) {
        const raw = valueOf(ref.element, field.name)?.trim();
        if (!raw) continue;
        // A number body may carry custom SIP headers after `?` (rcml-verbs.md §3.2).
        const value = field.name === 'text' ? raw.split('?')[0]!.trim() : raw;
        if (isE164(value) || (field.allowsClient && CLIENT.test(value))) continue;
        const client = field.allowsClient ? ', or client: and an app user name (client:alice)' : '';
        yield {
          ...where(ref, field.name),
          message: `“${field.label}” of ${elementName(ref)} is “${value}”, not a number in international form. Write + and the country code, then the number, digits only (for example ${EXAMPLE})${client}.`,
        };
      }
    }
  },
};
