import { actionField, actionOutlet, methodField, nextOutlet } from './fields';
import type { VerbDef } from './types';

const VIDEO_CAVEAT = 'Needs the Dialogic XMS media server.';

export const record: VerbDef = {
  id: 'record',
  element: 'Record',
  label: 'Record',
  group: 'collect',
  description: 'Record what the caller says, e.g. a voicemail, and send the recording onward.',
  icon: 'record',
  attributes: [
    actionField(
      'Document fetched with the recording’s URL when recording stops; the verbs after Record then never run.',
    ),
    methodField(),
    {
      name: 'timeout',
      label: 'Stop after silence of',
      kind: 'integer',
      unit: 'seconds',
      platformDefault: '5',
      min: 1,
    },
    {
      name: 'finishOnKey',
      label: 'Stop keys',
      kind: 'text',
      // The open-source server: absent means any key; the docs' table says #.
      platformDefault: '1234567890*#',
      maxLength: 12,
      help: 'Keys that stop the recording. Left empty, any key stops it; -1 means no key does. An invalid value means #.',
    },
    {
      name: 'maxLength',
      label: 'Longest recording',
      kind: 'integer',
      unit: 'seconds',
      platformDefault: '3600',
      min: 1,
    },
    {
      name: 'transcribe',
      label: 'Transcribe to text',
      kind: 'boolean',
      platformDefault: 'false',
      help: 'Needs a speech-recognition service set up on the server.',
    },
    {
      name: 'transcribeCallback',
      label: 'Transcription URL',
      kind: 'url',
      help: 'Receives the text once it is ready. Setting it turns transcription on.',
    },
    {
      name: 'playBeep',
      label: 'Beep before recording',
      kind: 'boolean',
      platformDefault: 'true',
    },
    {
      name: 'media',
      label: 'Record',
      kind: 'enum',
      platformDefault: 'audio_only',
      options: [
        { value: 'audio_only', label: 'Sound only' },
        { value: 'video_only', label: 'Video only', caveat: VIDEO_CAVEAT },
        { value: 'audio_video', label: 'Sound and video', caveat: VIDEO_CAVEAT },
      ],
    },
  ],
  outlets: [
    nextOutlet('Then', 'Runs when recording stops, unless “After recording” is connected.'),
    actionOutlet(
      'After recording',
      'The platform fetches this document with the recording’s URL when recording stops.',
    ),
  ],
  answersCall: true,
  terminal: false,
  endsDocumentWithAction: true,
  summary: (node, fields) => {
    const max = node.attributes.maxLength ?? fields.get('maxLength')?.platformDefault;
    const length = max ? `up to ${max} s` : 'Records the caller';
    const transcribed = node.attributes.transcribe === 'true' || node.attributes.transcribeCallback;
    return transcribed ? `${length} · transcribed` : length;
  },
};
