/** Field definitions several verbs share, so each is written once. */
import type { FieldDef, FieldOption, OutletDef } from '../schema/verbs';

export const HTTP_METHODS: readonly FieldOption[] = [
  { value: 'POST', label: 'POST' },
  { value: 'GET', label: 'GET' },
];

/**
 * The `action` URL an action outlet fills; typed by hand only to leave the flow. Labelled as
 * Redirect's is: where the call goes, not the attribute's name.
 */
export function actionField(help: string): FieldDef {
  return {
    name: 'action',
    label: 'Go to URL',
    kind: 'url',
    outlet: 'action',
    help: `${help} Connect the outlet on the canvas, or type the URL of a document elsewhere.`,
    advanced: true,
  };
}

export function methodField(name = 'method', label = 'Go to URL method'): FieldDef {
  return {
    name,
    label,
    kind: 'enum',
    options: HTTP_METHODS,
    platformDefault: 'POST',
    help: 'How the platform requests the URL.',
    advanced: true,
  };
}

/** How many times Say or Play repeats. */
export const loopField: FieldDef = {
  name: 'loop',
  label: 'Repeat',
  kind: 'integer',
  platformDefault: '1',
  min: 0,
  max: 1000,
  unit: 'times',
  // `loop="0"`: read as “no repeats” it would mislead, so 0 is said to mean without end.
  help: 'How many times the caller hears it; 0 means over and over until they hang up.',
};

export const CALL_EVENTS: readonly FieldOption[] = [
  { value: 'initiated', label: 'Initiated' },
  { value: 'ringing', label: 'Ringing' },
  { value: 'answered', label: 'Answered' },
  { value: 'completed', label: 'Completed' },
];

/** Per-leg progress webhooks of Dial's Number, Client and Sip nouns. */
export const statusCallbackFields: readonly FieldDef[] = [
  {
    name: 'statusCallback',
    label: 'Status callback URL',
    kind: 'url',
    help: 'Receives a request as this leg of the call progresses.',
    advanced: true,
  },
  methodField('statusCallbackMethod', 'Status callback method'),
  {
    name: 'statusCallbackEvent',
    label: 'Status events',
    kind: 'events',
    options: CALL_EVENTS,
    help: 'Saved as a list separated by commas, which every platform reads.',
    advanced: true,
  },
];

/** A screening document run on the callee after they answer, before the caller is connected. */
export const screeningFields: readonly FieldDef[] = [
  {
    name: 'url',
    label: 'Screening URL',
    kind: 'url',
    help: 'RCML run for the person called, after they answer and before the caller is connected (60 s at most, no Dial).',
    advanced: true,
  },
  methodField('method', 'Screening method'),
];

/** What "Then" means on a verb that simply finishes and lets the document go on. */
export const THEN_HELP = 'Where the call goes once this step is done.';

export const nextOutlet = (label = 'Then', help = THEN_HELP): OutletDef => ({
  id: 'next',
  label,
  kind: 'next',
  help,
});

export const actionOutlet = (label: string, help: string): OutletDef => ({
  id: 'action',
  label,
  kind: 'action',
  help,
});

/** "first two values, and 3 more" for node summaries. */
export function listSummary(values: readonly string[], empty: string): string {
  const shown = values.filter(Boolean);
  if (shown.length === 0) return empty;
  if (shown.length <= 2) return shown.join(', ');
  return `${shown.slice(0, 2).join(', ')} and ${shown.length - 2} more`;
}
