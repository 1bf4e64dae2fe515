import { methodField } from './fields';
import type { VerbDef } from '../schema/verbs';

/** `<Conference>` noun of Dial: a room callers meet in. */
export const conference: VerbDef = {
  id: 'conference',
  element: 'Conference',
  label: 'Conference',
  group: 'connect',
  description: 'A conference room: everyone dialled into the same room talks together.',
  icon: 'conference',
  noun: true,
  attributes: [
    { name: 'muted', label: 'Join muted', kind: 'boolean', platformDefault: 'false' },
    {
      name: 'beep',
      label: 'Beep when people join or leave',
      kind: 'boolean',
      platformDefault: 'true',
    },
    {
      name: 'startConferenceOnEnter',
      label: 'Start the conference on joining',
      kind: 'boolean',
      platformDefault: 'true',
      help: 'Off: this caller waits, muted with music, until someone with it on joins.',
    },
    {
      name: 'endConferenceOnExit',
      label: 'End the conference on leaving',
      kind: 'boolean',
      platformDefault: 'false',
      help: 'On: everyone is disconnected when this caller leaves.',
    },
    {
      name: 'waitUrl',
      label: 'Waiting music URL',
      kind: 'url',
      help: 'A WAV file, or a document of Play and Say, heard while waiting. Left empty, the platform’s default music plays: some platforms cannot wait in silence.',
    },
    methodField('waitMethod', 'Waiting music method'),
    {
      name: 'maxParticipants',
      label: 'Most participants',
      kind: 'integer',
      platformDefault: '40',
      min: 1,
      // The docs' table says at most 40, their prose 100: allow the larger.
      max: 100,
      help: 'When the room is full, Dial is skipped and the next verb runs.',
    },
    {
      name: 'name',
      label: 'Video name',
      kind: 'text',
      help: 'Only for video conferences. Leave it empty.',
      advanced: true,
    },
  ],
  body: {
    name: 'text',
    label: 'Room name',
    kind: 'text',
    required: true,
    placeholder: 'e.g. team-standup',
    help: 'Callers dialled into the same room name (in your account) meet there.',
  },
  outlets: [],
  answersCall: false,
  terminal: false,
  summary: (node) => node.text || 'No room yet',
};
