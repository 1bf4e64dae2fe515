import type { DecisionDef } from '../schema/decisions';

export const checkCaller: DecisionDef = {
  kind: 'checkCaller',
  label: 'Check caller',
  description:
    'Send callers down another branch when their number is on a list, starts with a prefix, or is withheld.',
  fields: [
    {
      name: 'numbers',
      label: 'Numbers',
      kind: 'lines',
      placeholder: 'e.g. +14155550199',
      help: 'One number a line, in international form. Pasted spaces, dashes, dots and brackets are tidied; 00 at the start becomes +.',
    },
    {
      name: 'prefixes',
      label: 'Starts with',
      kind: 'lines',
      placeholder: 'e.g. +1900',
      help: 'One prefix a line: callers whose number starts with it match (for example +1900 for premium-rate numbers).',
    },
    {
      name: 'withheld',
      label: 'Withheld or anonymous caller',
      kind: 'boolean',
      initial: 'false',
      help: 'Also match callers who hide their number (the platform sends it empty, “anonymous”, “restricted” or “unknown”).',
    },
  ],
  outlets: [
    {
      id: 'matches',
      label: 'Matches',
      help: 'The caller is on a list, or withheld when that is on.',
    },
    { id: 'otherwise', label: 'Otherwise', help: 'Every other caller.' },
  ],
};
