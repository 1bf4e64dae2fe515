/**
 * Import fixtures and what each must give, written by hand from reference/rcml-verbs.md,
 * reference/reject-dialects.md and the seeds. Paths are relative to this folder.
 *
 * - valid: documents from the seeds and documents as the serializer writes them;
 * - legacy: what people write by hand (no declaration, `<Reject/>` without reason, whitespace,
 *   CDATA, attribute orders, single quotes, comments, mis-cased verbs…): imported, with warnings;
 * - hostile: refused, with a message and, where there is one, the line and column.
 * 10,000-deep nesting and 10 MB documents are generated in the test instead of stored.
 */
import type { DialectId } from '../../schema/flow';
import type { ImportOptions } from '../parse/types';

export interface AcceptedCase {
  readonly kind: 'valid' | 'legacy';
  /** One document, or several imported together (`main.xml` among them). */
  readonly files: readonly string[];
  readonly options?: ImportOptions;
  readonly dialect: DialectId;
  /** Verbs of the main document's chain, in order. */
  readonly verbs: readonly string[];
  /** A fragment of each expected warning, in order; [] when there must be none. */
  readonly warnings: readonly string[];
  /**
   * What the export writes: `identical` (each document byte for byte as imported), or the
   * file holding the expected main document. Not checked byte for byte when absent.
   */
  readonly exports?: 'identical' | string;
  /** Whether the export means what the file meant (same verbs, attributes, text). */
  readonly sameMeaning: boolean;
}

export interface RefusedCase {
  readonly kind: 'hostile';
  readonly files: readonly [string];
  readonly options?: ImportOptions;
  readonly error: { readonly message: string; readonly line?: number; readonly column?: number };
}

export type FixtureCase = AcceptedCase | RefusedCase;

const valid = (
  files: string | string[],
  dialect: DialectId,
  verbs: string[],
  more: Partial<AcceptedCase> = {},
): AcceptedCase => ({
  kind: 'valid',
  files: typeof files === 'string' ? [files] : files,
  dialect,
  verbs,
  warnings: [],
  exports: 'identical',
  sameMeaning: true,
  ...more,
});

const legacy = (
  file: string,
  dialect: DialectId,
  verbs: string[],
  more: Partial<AcceptedCase> = {},
): AcceptedCase => ({
  kind: 'legacy',
  files: [file],
  dialect,
  verbs,
  warnings: [],
  sameMeaning: true,
  ...more,
});

const hostile = (file: string, message: string, line?: number, column?: number): RefusedCase => ({
  kind: 'hostile',
  files: [file],
  error: { message, ...(line !== undefined ? { line, column } : {}) },
});

const DOCTYPE = 'The document has a DOCTYPE declaration.';
const ALL_VERBS = [
  ...['say', 'play', 'pause', 'sms', 'email', 'gather', 'record'],
  ...['hold', 'resume', 'dial', 'dial', 'refer', 'hangup'],
];

export const fixtureCases: readonly FixtureCase[] = [
  // RCML ----------------------------------------------------------------------------------
  valid('rcml/valid/seed-000-reject-busy.xml', 'rcml', ['reject'], {
    exports: 'rcml/valid/seed-000-reject-busy.export.xml',
  }),
  valid('rcml/valid/seed-003-reject-busy.xml', 'rcml', ['reject'], {
    exports: 'rcml/valid/seed-000-reject-busy.export.xml',
  }),
  valid('rcml/valid/pause-then-reject.xml', 'rcml', ['pause', 'reject']),
  valid('rcml/valid/reject-hosted-reason.xml', 'rcml', ['reject']),
  valid('rcml/valid/every-verb.xml', 'rcml', ALL_VERBS),
  valid('rcml/valid/escaping.xml', 'rcml', ['say', 'sms']),
  valid(
    ['rcml/valid/ivr/main.xml', 'rcml/valid/ivr/menu.xml', 'rcml/valid/ivr/voicemail.xml'],
    'rcml',
    ['gather', 'redirect'],
  ),
  legacy('rcml/legacy/no-declaration.xml', 'rcml', ['say', 'hangup']),
  legacy('rcml/legacy/reject-without-reason.xml', 'rcml', ['reject'], {
    exports: 'rcml/legacy/reject-without-reason.export.xml',
    // The default reason is written explicitly: the same call, one more attribute.
    sameMeaning: false,
  }),
  legacy('rcml/legacy/whitespace.xml', 'rcml', ['pause', 'say']),
  legacy('rcml/legacy/cdata.xml', 'rcml', ['say']),
  legacy('rcml/legacy/attribute-order.xml', 'rcml', ['dial']),
  legacy('rcml/legacy/single-quotes.xml', 'rcml', ['say']),
  legacy('rcml/legacy/comments.xml', 'rcml', ['say', 'hangup'], {
    warnings: ['4 comments or processing instructions are left out'],
  }),
  legacy('rcml/legacy/wrong-case.xml', 'rcml', ['unknown', 'unknown', 'unknown'], {
    warnings: ['probably meant <Sms>', 'probably meant <Say>', 'probably meant <Hangup>'],
  }),
  legacy('rcml/legacy/after-terminal.xml', 'rcml', ['reject', 'say', 'hangup'], {
    warnings: ['The 2 verbs after <Reject> never run'],
  }),
  legacy('rcml/legacy/unknown-verbs.xml', 'rcml', ['unknown', 'unknown', 'say'], {
    warnings: [
      '<Fax> is not a verb RCML Studio knows',
      '<Enqueue> is not a verb RCML Studio knows',
    ],
  }),
  legacy('rcml/legacy/crlf.xml', 'rcml', ['say']),
  legacy('rcml/legacy/bom.xml', 'rcml', ['say']),
  legacy('rcml/legacy/dial-text.xml', 'rcml', ['dial'], {
    warnings: ['<Dial> does not take text, but has “+14155550123”'],
  }),
  legacy('rcml/legacy/reject-in-gather.xml', 'rcml', ['gather'], {
    warnings: ['<Reject> cannot be nested inside <Gather>'],
  }),
  hostile('rcml/hostile/billion-laughs.xml', DOCTYPE, 2, 1),
  hostile('rcml/hostile/external-entity.xml', DOCTYPE, 2, 1),
  hostile('rcml/hostile/parameter-entity.xml', DOCTYPE, 2, 1),
  hostile(
    'rcml/hostile/unclosed-tag.xml',
    '</Response> does not close <Say>, which is still open (line 2, column 3)',
    4,
    1,
  ),
  hostile('rcml/hostile/bad-nesting.xml', '</Dial> does not close <Number>', 2, 29),
  hostile(
    'rcml/hostile/stray-ampersand.xml',
    'This “&” does not start a character reference',
    2,
    13,
  ),
  hostile('rcml/hostile/wrong-root.xml', 'root element is <response>', 2, 1),
  hostile('rcml/hostile/html.xml', 'root element is <html>', 2, 1),
  hostile('rcml/hostile/control-character.xml', 'a control character (U+0007)', 2, 12),
  hostile('rcml/hostile/invalid-utf8.xml', 'The file is not valid UTF-8 text.', 2, 10),
  hostile('rcml/hostile/empty.xml', 'The file is empty.'),
  hostile('rcml/hostile/whitespace-only.xml', 'The document is empty.'),
  hostile('rcml/hostile/binary.xml', 'This is not a text file.'),
  hostile('rcml/hostile/utf16.xml', 'This file is saved as UTF-16 text.'),
  hostile('rcml/hostile/saved-flow.json', 'This looks like a JSON file', 1, 1),
  hostile('rcml/hostile/two-roots.xml', 'second element after </Response>', 2, 1),

  // FlexML --------------------------------------------------------------------------------
  valid('flexml/valid/seed-001-busy.xml', 'flexml', ['reject'], {
    // reason="busy" alone could be RCML as well: the user says which.
    options: { dialect: 'flexml' },
    exports: 'flexml/valid/seed-001-busy.export.xml',
  }),
  valid('flexml/valid/seed-001-intermediary.xml', 'flexml', ['reject'], {
    exports: 'flexml/valid/seed-001-intermediary.export.xml',
  }),
  valid('flexml/valid/intermediary-escaped.xml', 'flexml', ['reject']),
  valid('flexml/valid/busy-here.xml', 'flexml', ['reject']),
  valid('flexml/valid/say-then-hangup.xml', 'flexml', ['say', 'hangup'], {
    options: { dialect: 'flexml' },
  }),
  legacy('flexml/legacy/reject-without-reason.xml', 'flexml', ['reject'], {
    options: { dialect: 'flexml' },
    exports: 'flexml/legacy/reject-without-reason.export.xml',
    sameMeaning: false,
  }),
  legacy('flexml/legacy/body-spacing.xml', 'flexml', ['reject']),
  legacy('flexml/legacy/decline-single-quotes.xml', 'flexml', ['reject']),
  hostile('flexml/hostile/doctype.xml', DOCTYPE, 2, 1),
  hostile('flexml/hostile/unclosed-reject.xml', '</Response> does not close <Reject>', 3, 1),

  // VoiceML -------------------------------------------------------------------------------
  valid('voiceml/valid/seed-002-example-1.xml', 'voiceml', ['reject'], {
    // A bare <Reject/> is the same in every dialect: the user says which.
    options: { dialect: 'voiceml' },
    exports: 'voiceml/valid/seed-002-example-1.export.xml',
    sameMeaning: false,
  }),
  valid('voiceml/valid/seed-002-example-2.xml', 'voiceml', ['reject'], {
    exports: 'voiceml/valid/seed-002-example-2.export.xml',
  }),
  valid('voiceml/valid/no-answer.xml', 'voiceml', ['reject']),
  valid('voiceml/valid/error-message-escaped.xml', 'voiceml', ['reject']),
  legacy('voiceml/legacy/attribute-order.xml', 'voiceml', ['reject']),
  legacy('voiceml/legacy/lowercase-reason.xml', 'voiceml', ['reject'], {
    options: { dialect: 'voiceml' },
    warnings: ['The document may not be VoiceML', 'which VoiceML spells Reason'],
    exports: 'voiceml/legacy/lowercase-reason.export.xml',
    // reason is respelled Reason: what the user asked for, no longer what the file said.
    sameMeaning: false,
  }),
  hostile('voiceml/hostile/external-entity.xml', DOCTYPE, 1, 1),
  hostile(
    'voiceml/hostile/stray-ampersand.xml',
    'This “&” does not start a character reference',
    2,
    44,
  ),
];
