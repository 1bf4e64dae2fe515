import { loopField, nextOutlet } from './fields';
import { excerpt, repeats } from './summaries';
import type { VerbDef } from '../schema/verbs';

export const say: VerbDef = {
  id: 'say',
  element: 'Say',
  label: 'Say',
  group: 'answer',
  description: 'Answer the call and speak a text to the caller.',
  icon: 'message',
  attributes: [
    {
      name: 'voice',
      label: 'Voice',
      kind: 'enum',
      platformDefault: 'man',
      options: [
        { value: 'man', label: 'Man' },
        { value: 'woman', label: 'Woman' },
      ],
    },
    {
      name: 'language',
      label: 'Language',
      kind: 'enum',
      platformDefault: 'en',
      help: 'Languages depend on the platform’s text-to-speech engine; unsupported ones fall back to English.',
      options: [
        { value: 'en', label: 'English' },
        { value: 'en-gb', label: 'English (UK)' },
        { value: 'es', label: 'Spanish' },
        { value: 'fr', label: 'French' },
        { value: 'cf', label: 'French (Canada)' },
        { value: 'de', label: 'German' },
        { value: 'it', label: 'Italian' },
        { value: 'pt', label: 'Portuguese' },
        { value: 'bp', label: 'Portuguese (Brazil)' },
        { value: 'nl', label: 'Dutch' },
        { value: 'dan', label: 'Danish' },
        { value: 'sv', label: 'Swedish' },
        { value: 'no', label: 'Norwegian' },
        { value: 'fi', label: 'Finnish' },
        { value: 'pl', label: 'Polish' },
        { value: 'cs', label: 'Czech' },
        { value: 'ru', label: 'Russian' },
        { value: 'el', label: 'Greek' },
        { value: 'tr', label: 'Turkish' },
        { value: 'ar', label: 'Arabic' },
        { value: 'ca', label: 'Catalan' },
        { value: 'bf', label: 'Belgian French' },
      ],
    },
    loopField,
  ],
  body: {
    name: 'text',
    label: 'Text to say',
    kind: 'text',
    required: true,
    multiline: true,
    maxLength: 4096,
    placeholder: 'e.g. Thank you for calling…',
  },
  outlets: [nextOutlet()],
  answersCall: true,
  terminal: false,
  summary: (node) =>
    node.text?.trim()
      ? `Says ${excerpt(node.text, '')}${repeats(node.attributes.loop)}`
      : 'Nothing to say yet',
};
