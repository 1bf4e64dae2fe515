/**
 * Which dialect a document is in, from reference/reject-dialects.md: VoiceML capitalises
 * Reason and ErrorMessage; FlexML alone has busy-here, decline, intermediary-rejected and a
 * Reject body; RCML alone has underscore reasons and verbs such as Pause and Sms.
 */
import { describe, expect, it } from 'vitest';
import { nodeOf } from '../../test/builders';
import { parseRcml } from './parse';
import { exported, imported, messages } from '../../test/importing';

const reject = (attributes: string, body = '') =>
  `<Response>\n  ${body ? `<Reject ${attributes}>${body}</Reject>` : `<Reject ${attributes}/>`}\n</Response>`;

describe('detection', () => {
  it.each([
    [reject('Reason="busy"'), 'voiceml'],
    [
      reject('Reason="service-unavailable" ErrorMessage="Request could not be fulfilled"'),
      'voiceml',
    ],
    [reject('reason="busy-here"'), 'flexml'],
    [reject('reason="decline"'), 'flexml'],
    [reject('reason="not-found"'), 'flexml'],
    [reject('reason="intermediary-rejected"', 'Screened'), 'flexml'],
    [reject('reason="rejected"', 'Screened'), 'flexml'],
    [reject('reason="no_route"'), 'rcml'],
    [reject('reason="anonymity_disallowed"'), 'rcml'],
    [reject('reason="busy"'), 'rcml'],
    ['<Response><Pause length="1"/><Reject reason="busy"/></Response>', 'rcml'],
    ['<Response><Sms>Sorry we missed you</Sms></Response>', 'rcml'],
    ['<Response><Say>Hello</Say></Response>', 'rcml'],
  ])('%s is %s', (xml, dialect) => {
    const result = imported(xml);
    expect(result.dialect).toBe(dialect);
    expect(result.flow.dialect).toBe(dialect);
  });

  it('gives its evidence as short sentences with lines', () => {
    expect(imported(reject('Reason="busy" ErrorMessage="Blocked"')).dialectEvidence).toEqual([
      '<Reject> has the attribute Reason, spelled as in VoiceML (line 2).',
      '<Reject> has the attribute ErrorMessage, spelled as in VoiceML (line 2).',
    ]);
    expect(imported(reject('reason="busy-here"')).dialectEvidence).toEqual([
      '<Reject> has the attribute reason, spelled as in RCML and FlexML (line 2).',
      '“busy-here” is a FlexML reason (line 2).',
    ]);
  });

  it('says when nothing tells the dialects apart, and that RCML is the default', () => {
    expect(imported('<Response><Say>Hello</Say></Response>').dialectEvidence).toEqual([
      'Nothing in the document is specific to one dialect, so it is read as RCML, the default.',
    ]);
    expect(imported(reject('reason="busy"')).dialectEvidence.at(-1)).toBe(
      'Nothing tells RCML and FlexML apart, so it is read as RCML, the default.',
    );
  });

  it('mentions clues that disagree', () => {
    const { dialect, dialectEvidence } = imported(
      '<Response><Reject Reason="no-answer" ErrorMessage="x"/><Reject reason="busy-here"/></Response>',
    );
    expect(dialect).toBe('voiceml');
    expect(dialectEvidence.at(-1)).toBe('But: “busy-here” is a FlexML reason (line 1).');
  });
});

describe('attributes read in the detected dialect', () => {
  it('maps VoiceML Reason and ErrorMessage to the model’s reason and errorMessage', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Reject Reason="service-unavailable" ErrorMessage="Request could not be fulfilled"/>\n</Response>\n`;
    const { flow, warnings } = imported(xml);
    expect(nodeOf(flow, 'reject-1').attributes).toEqual({
      reason: 'service-unavailable',
      errorMessage: 'Request could not be fulfilled',
    });
    expect(warnings).toEqual([]);
    expect(exported(flow)['main.xml']).toBe(xml);
  });

  it('reads a FlexML Reject body as its Call-Info message', () => {
    const { flow, warnings } = imported(reject('reason="intermediary-rejected"', 'Screened'));
    expect(nodeOf(flow, 'reject-1')).toMatchObject({
      attributes: { reason: 'intermediary-rejected' },
      text: 'Screened',
    });
    expect(warnings).toEqual([]);
  });
});

describe('a dialect chosen by the user', () => {
  it('is used, and said to be the user’s choice', () => {
    const result = parseRcml('<Response><Reject/></Response>', { dialect: 'voiceml' });
    expect(result.ok && [result.dialect, result.dialectEvidence]).toEqual([
      'voiceml',
      ['Read as VoiceML, as you chose.'],
    ]);
  });

  it('warns when the document looks like another dialect', () => {
    const result = parseRcml(reject('reason="busy-here"'), { dialect: 'voiceml' });
    expect(result.ok && messages(result.warnings)).toContain(
      'The document may not be VoiceML: <Reject> has the attribute reason, spelled as in RCML and FlexML (line 2). It is read as VoiceML, as you chose.',
    );
  });

  it('maps the other spelling to the dialect’s, saying it will be written so', () => {
    const result = parseRcml(reject('reason="busy"'), { dialect: 'voiceml' });
    if (!result.ok) throw new Error('refused');
    expect(nodeOf(result.flow, 'reject-1').attributes).toEqual({ reason: 'busy' });
    expect(messages(result.warnings)).toContain(
      '<Reject> has reason, which VoiceML spells Reason; it is exported as Reason.',
    );
  });

  it('keeps a spelling of another dialect as it is when the dialect lacks the field', () => {
    const result = parseRcml(reject('reason="busy" Reason="busy" ErrorMessage="x"'), {
      dialect: 'rcml',
    });
    if (!result.ok) throw new Error('refused');
    expect(nodeOf(result.flow, 'reject-1').attributes).toEqual({
      reason: 'busy',
      Reason: 'busy',
      ErrorMessage: 'x',
    });
    expect(messages(result.warnings)).toContain('RCML spells it reason and ignores Reason');
  });

  it('refuses a dialect it does not know', () => {
    const result = parseRcml('<Response/>', { dialect: 'twiml' as never });
    expect(!result.ok && result.error.message).toBe('“twiml” is not a dialect RCML Studio knows.');
  });
});
