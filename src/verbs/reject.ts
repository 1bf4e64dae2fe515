import type { VerbDef } from '../schema/verbs';

/**
 * Refuses a ringing call without answering it. The reasons, their SIP codes and the attribute
 * spelling differ per dialect, so the dialect tables supply the options (src/dialects).
 */
export const reject: VerbDef = {
  id: 'reject',
  element: 'Reject',
  label: 'Reject',
  group: 'end',
  description: 'Refuse the call without answering it, e.g. to sound busy or block a caller.',
  icon: 'phone-off',
  attributes: [
    {
      name: 'reason',
      label: 'Reason',
      help: 'What the caller’s carrier is told, and so what the caller experiences.',
      kind: 'enum',
      platformDefault: 'rejected',
      initial: 'rejected',
      // `rejected` is 603 in RCML and VoiceML but 403 in FlexML: never leave it implicit.
      alwaysWrite: true,
    },
    {
      name: 'errorMessage',
      label: 'Error message',
      help: 'Saved on the call record as its error message (the error code becomes USER).',
      kind: 'text',
      advanced: true,
    },
  ],
  body: {
    name: 'text',
    label: 'Message to the caller',
    help: 'Returned to the caller’s carrier in the Call-Info SIP header.',
    kind: 'text',
  },
  outlets: [],
  answersCall: false,
  terminal: true,
  beforeAnswerOnly: true,
  summary: (node, fields) => {
    const reason = node.attributes.reason ?? fields.get('reason')?.platformDefault ?? '';
    const option = fields.get('reason')?.options?.find((o) => o.value === reason);
    return option?.meaning ? `${reason} (${option.meaning.sip})` : reason;
  },
};
