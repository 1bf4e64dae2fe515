import type { FlowNode } from '../schema/flow';
import { actionField, actionOutlet, methodField, nextOutlet } from './fields';
import { countOf, excerpt, fileName } from './summaries';
import type { VerbDef } from '../schema/verbs';

const PROMPT_EXCERPT = 24;

export const gather: VerbDef = {
  id: 'gather',
  element: 'Gather',
  label: 'Gather',
  group: 'collect',
  description:
    'Ask the caller to press keys or speak, and send what they entered to the next document.',
  icon: 'gather',
  // Said as the designer builds it: a Menu after “After input” is the branch by key.
  note: 'To send callers different ways by the key they press (“press 1 for sales, 2 for support”), a Menu after “After input” chooses by key: one branch per key, and one for anything else.',
  attributes: [
    actionField(
      'Document fetched with the keys pressed or the words spoken. Without it the input is thrown away.',
    ),
    methodField(),
    {
      name: 'timeout',
      label: 'Wait for input',
      kind: 'integer',
      unit: 'seconds',
      platformDefault: '5',
      min: 1,
      help: 'Silence allowed after the prompts, and between two keys, before Gather gives up.',
    },
    {
      name: 'finishOnKey',
      label: 'Finish key',
      kind: 'text',
      platformDefault: '#',
      maxLength: 12,
      help: 'The key that ends the input; it is not sent on. Some platforms treat an empty or unusual key as #, so it cannot be switched off there.',
    },
    {
      name: 'numDigits',
      label: 'Number of keys',
      kind: 'integer',
      min: 1,
      placeholder: 'No limit',
      help: 'Stop as soon as this many keys are pressed. Set it on every Gather: when it is missing, some platforms reuse the number set on an earlier Gather in the call.',
    },
    {
      name: 'input',
      label: 'Listen for',
      kind: 'enum',
      platformDefault: 'dtmf',
      options: [
        { value: 'dtmf', label: 'Keys' },
        { value: 'speech', label: 'Speech' },
        { value: 'dtmf speech', label: 'Keys or speech' },
      ],
    },
    {
      name: 'language',
      label: 'Speech language',
      kind: 'enum',
      platformDefault: 'en-US',
      help: 'Language the speech is recognised in. A language the server is not set up for falls back to its default.',
      options: [
        { value: 'en-US', label: 'English (US)' },
        { value: 'en-GB', label: 'English (UK)' },
        { value: 'es-ES', label: 'Spanish (Spain)' },
        { value: 'it-IT', label: 'Italian' },
        { value: 'fr-FR', label: 'French (France)' },
        { value: 'pl-PL', label: 'Polish' },
        { value: 'pt-PT', label: 'Portuguese (Portugal)' },
      ],
    },
    {
      name: 'hints',
      label: 'Expected phrases',
      kind: 'text',
      placeholder: 'e.g. sales, support, billing',
      help: 'Comma-separated words the caller is likely to say. More than 50 phrases, or one longer than 100 characters, makes the whole document fail and the call hang up.',
    },
    {
      name: 'partialResultCallback',
      label: 'Partial results URL',
      kind: 'url',
      help: 'Receives what the caller has said so far, while they speak; its reply is ignored. The docs ask for it with speech input.',
      advanced: true,
    },
    methodField('partialResultCallbackMethod', 'Partial results method'),
  ],
  // What the caller hears, then how the input ends; the rest is for speech or folded away.
  inspectorOrder: ['nesting', 'numDigits', 'finishOnKey', 'timeout', 'input'],
  nesting: {
    label: 'Prompts',
    allowed: ['say', 'play', 'pause'],
    help: 'Played while waiting; they stop at the first key. Do not end with a Pause or use a Pause alone: some platforms stall on it.',
  },
  outlets: [
    nextOutlet(
      'If no input',
      'Where the call goes when the caller enters nothing (or only the finish key) before the time runs out.',
    ),
    actionOutlet(
      'After input',
      'Where the call goes once the caller has pressed keys or spoken; the platform passes on the keys they pressed or the words they said.',
    ),
  ],
  answersCall: true,
  terminal: false,
  // Not endsDocumentWithAction: without input the verbs after Gather still run.
  stepsAddedAfterJoin: 'action',
  summary: (node) => `${waitsFor(node)} · ${firstPrompt(node)}`,
};

/** "Waits for 1 key", "Listens for speech". */
function waitsFor(node: FlowNode): string {
  const input = node.attributes.input;
  if (input === 'speech') return 'Listens for speech';
  const digits = Number(node.attributes.numDigits);
  const keys = Number.isInteger(digits) && digits > 0 ? countOf(digits, 'key', 'keys') : 'keys';
  return input === 'dtmf speech' ? `Waits for ${keys} or speech` : `Waits for ${keys}`;
}

/** The first prompt's words or sound, and how many more follow. */
function firstPrompt(node: FlowNode): string {
  const prompts = (node.children ?? []).filter((child) => child.kind !== 'pause');
  const first = prompts[0];
  if (!first) return 'no prompt';
  const shown =
    first.kind === 'play'
      ? first.text
        ? `plays ${fileName(first.text)}`
        : 'plays a sound'
      : excerpt(first.text, 'an empty prompt', PROMPT_EXCERPT);
  return prompts.length > 1 ? `${shown} +${prompts.length - 1}` : shown;
}
