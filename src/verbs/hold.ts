import { actionField, actionOutlet, methodField, nextOutlet } from './fields';
import { fileName } from './summaries';
import type { VerbDef } from '../schema/verbs';

/** Hosted-docs verb (rcml-verbs.md §3.16): the open-source server skips it. */
export const hold: VerbDef = {
  id: 'hold',
  element: 'Hold',
  label: 'Hold',
  group: 'connect',
  description: 'Put the other side of a SIP call on hold until a later Resume.',
  icon: 'hold',
  hostedOnly: true,
  attributes: [
    actionField(
      'Document fetched once the hold is tried, with whether it worked (held, failed, no-answer); the verbs after Hold then never run.',
    ),
    methodField(),
    {
      name: 'holdMusic',
      label: 'Hold music URL',
      kind: 'url',
      placeholder: 'e.g. https://example.com/hold.wav',
      help: 'Full URL of what the held party hears. Left empty, they hear silence or the platform’s music.',
    },
  ],
  outlets: [
    nextOutlet(
      'Then',
      'Where the call goes once the hold is done, unless “After hold” is connected.',
    ),
    actionOutlet(
      'After hold',
      'Where the call goes once the hold is tried; the platform sends whether it worked.',
    ),
  ],
  // Unverified: the docs do not say whether Hold answers a ringing call; it needs an established one.
  answersCall: true,
  terminal: false,
  endsDocumentWithAction: true,
  summary: (node) =>
    node.attributes.holdMusic
      ? `Puts the call on hold to ${fileName(node.attributes.holdMusic)}`
      : 'Puts the call on hold',
};
