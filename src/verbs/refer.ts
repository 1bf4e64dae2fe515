import { actionField, actionOutlet, methodField, nextOutlet } from './fields';
import type { VerbDef } from '../schema/verbs';

/**
 * Hosted-docs verb (rcml-verbs.md §3.16): the open-source server skips it. How the transfer
 * target is written is not documented in the pages we have, so no nesting is offered: the
 * target is set on the platform.
 */
export const refer: VerbDef = {
  id: 'refer',
  element: 'Refer',
  label: 'Refer',
  group: 'connect',
  description:
    'Hand a SIP call over to another destination (blind transfer); the destination is set on the platform.',
  icon: 'refer',
  hostedOnly: true,
  attributes: [
    actionField(
      'Document fetched with the result of the transfer (the SIP codes of the REFER and its NOTIFY); the verbs after Refer then never run.',
    ),
    methodField(),
  ],
  outlets: [
    nextOutlet(
      'Then',
      'Where the call goes once the transfer is sent, unless “After transfer” is connected.',
    ),
    actionOutlet(
      'After transfer',
      'Where the call goes once the transfer is tried; the platform sends how it went.',
    ),
  ],
  // Unverified: the docs do not say whether Refer answers a ringing call; it needs an established one.
  answersCall: true,
  terminal: false,
  endsDocumentWithAction: true,
  summary: () => 'Transfers the call (target set on the platform)',
};
