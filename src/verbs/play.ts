import { nextOutlet, loopField } from './fields';
import { fileName, repeats } from './summaries';
import type { VerbDef } from '../schema/verbs';

export const play: VerbDef = {
  id: 'play',
  element: 'Play',
  label: 'Play',
  group: 'answer',
  description: 'Answer the call and play a recorded sound or music file to the caller.',
  icon: 'play',
  attributes: [loopField],
  body: {
    name: 'text',
    label: 'Audio URL',
    kind: 'url',
    required: true,
    placeholder: 'e.g. https://example.com/welcome.wav',
    help: 'A WAV file, 8 kHz mono. A relative URL is read from where the document is served.',
  },
  outlets: [nextOutlet()],
  answersCall: true,
  terminal: false,
  summary: (node) =>
    node.text ? `Plays ${fileName(node.text)}${repeats(node.attributes.loop)}` : 'No audio yet',
};
