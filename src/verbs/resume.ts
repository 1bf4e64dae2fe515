import { actionField, actionOutlet, methodField, nextOutlet } from './fields';
import type { VerbDef } from '../schema/verbs';

/** Hosted-docs verb (rcml-verbs.md §3.16): the open-source server skips it. */
export const resume: VerbDef = {
  id: 'resume',
  element: 'Resume',
  label: 'Resume',
  group: 'connect',
  description: 'Take a SIP call off hold. Does nothing if the call was not on hold.',
  icon: 'resume',
  hostedOnly: true,
  attributes: [
    actionField(
      'Document fetched once the resume is tried, with whether it worked (resumed, failed, no-answer); the verbs after Resume then never run.',
    ),
    methodField(),
  ],
  outlets: [
    nextOutlet('Then', 'Where the call goes once it is back, unless “After resume” is connected.'),
    actionOutlet(
      'After resume',
      'Where the call goes once the resume is tried; the platform sends whether it worked.',
    ),
  ],
  // Unverified: the docs do not say whether Resume answers a ringing call; it needs a held one.
  answersCall: true,
  terminal: false,
  endsDocumentWithAction: true,
  summary: () => 'Takes the call off hold',
};
