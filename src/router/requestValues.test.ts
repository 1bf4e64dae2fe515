import { describe, expect, it } from 'vitest';
import { parseXml } from '../test/xmlTree';
import { insertRequestValues, requestValuesIn, REQUEST_VALUE_MAX_LENGTH } from './requestValues';

const EMAIL =
  '<Response><Email to="me@example.com" subject="{RecordingUrl}">Listen here: {RecordingUrl}</Email></Response>';

describe('request values inserted into a served document', () => {
  it('lists only the parameters the document marks', () => {
    expect(requestValuesIn(EMAIL, ['RecordingUrl', 'From'])).toEqual(['RecordingUrl']);
    expect(
      requestValuesIn('<Response><Say>{recordingurl}</Say></Response>', ['RecordingUrl']),
    ).toEqual([]);
  });

  it('writes the value in every place the marker stands, text and attribute alike', () => {
    const url = 'https://rec.example.com/RE1.wav';
    expect(insertRequestValues(EMAIL, ['RecordingUrl'], { RecordingUrl: url })).toBe(
      `<Response><Email to="me@example.com" subject="${url}">Listen here: ${url}</Email></Response>`,
    );
  });

  it('keeps the marker when the request did not send the value', () => {
    expect(insertRequestValues(EMAIL, ['RecordingUrl'], {})).toBe(EMAIL);
    expect(insertRequestValues(EMAIL, ['RecordingUrl'], { RecordingUrl: '' })).toBe(EMAIL);
  });

  it('requestValues only the listed parameters', () => {
    const xml = '<Response><Say>{From} {RecordingUrl}</Say></Response>';
    expect(insertRequestValues(xml, ['RecordingUrl'], { From: '+1', RecordingUrl: 'u' })).toBe(
      '<Response><Say>{From} u</Say></Response>',
    );
  });

  it('keeps a hostile value text: markup, quotes and characters XML cannot carry', () => {
    const hostile = '"/><Hangup/><Say x="\u0000&amp;\n\uD800';
    const response = parseXml(
      insertRequestValues(EMAIL, ['RecordingUrl'], { RecordingUrl: hostile }),
    );
    // What XML cannot carry (NUL, a lone surrogate) is left out; the rest reads back as sent.
    const kept = '"/><Hangup/><Say x="&amp;\n';
    expect(response.children.map((child) => child.name)).toEqual(['Email']);
    expect(response.children[0]!.attributes.subject).toBe(kept);
    expect(response.children[0]!.text).toBe(`Listen here: ${kept}`);
  });

  it('never requestValues a value in again: a value that reads like a marker stays as sent', () => {
    const xml = '<Response><Say>{RecordingUrl} {Other}</Say></Response>';
    expect(
      insertRequestValues(xml, ['RecordingUrl', 'Other'], { RecordingUrl: '{Other}', Other: 'x' }),
    ).toBe('<Response><Say>{Other} x</Say></Response>');
  });

  it('cuts an over-long value', () => {
    const filled = insertRequestValues('<Say>{RecordingUrl}</Say>', ['RecordingUrl'], {
      RecordingUrl: 'a'.repeat(100_000),
    });
    expect(filled).toBe(`<Say>${'a'.repeat(REQUEST_VALUE_MAX_LENGTH)}</Say>`);
  });
});
