import { actionField, actionOutlet, methodField, nextOutlet } from './fields';
import { duration } from './summaries';
import type { VerbDef } from '../schema/verbs';

const VIDEO_CAVEAT = 'Needs the Dialogic XMS media server.';

export const record: VerbDef = {
  id: 'record',
  element: 'Record',
  label: 'Record',
  group: 'collect',
  description: 'Record what the caller says, e.g. a voicemail, and send the recording onward.',
  icon: 'record',
  documentName: 'voicemail',
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
      advanced: true,
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
      // Video needs a media server few platforms run.
      advanced: true,
      options: [
        { value: 'audio_only', label: 'Sound only' },
        { value: 'video_only', label: 'Video only', caveat: VIDEO_CAVEAT },
        { value: 'audio_video', label: 'Sound and video', caveat: VIDEO_CAVEAT },
      ],
    },
  ],
  // How long first; where the recording goes is told by `handOff` above the fields.
  inspectorOrder: ['maxLength', 'finishOnKey', 'timeout', 'playBeep', 'transcribe'],
  handOff: {
    heading: 'Where the recording goes',
    outlet: 'action',
    parameter: 'RecordingUrl',
    explanation:
      'The platform keeps the recording. When recording stops, it goes to “After recording” and sends the recording’s address with it (RecordingUrl), so the steps there can pass it on.',
    email: {
      action: 'Email me the recording',
      label: 'Email the recording',
      subject: 'New voice message',
      body: 'A caller left a voice message. Listen to it here: {RecordingUrl}',
      caveat:
        'The flow server writes the recording’s link in place of {RecordingUrl}, so Download gives this flow as a flow server. Served as a plain file, the email says {RecordingUrl} as written: find the message in your platform’s recordings.',
    },
  },
  outlets: [
    nextOutlet(
      'Then',
      'Where the call goes when recording stops, unless “After recording” is connected.',
    ),
    actionOutlet(
      'After recording',
      'Where the call goes when recording stops; the platform sends the recording’s address (RecordingUrl).',
    ),
  ],
  answersCall: true,
  terminal: false,
  endsDocumentWithAction: true,
  summary: (node, fields) => {
    const max = node.attributes.maxLength || fields.get('maxLength')?.platformDefault;
    const length = max ? `Records up to ${duration(max)}` : 'Records the caller';
    const transcribed = node.attributes.transcribe === 'true' || node.attributes.transcribeCallback;
    return transcribed ? `${length} · transcribed` : length;
  },
};
