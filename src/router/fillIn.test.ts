import { describe, expect, it } from 'vitest';
import { parseXml } from '../test/xmlTree';
import { fillIn, fillsOf, FILLED_VALUE_MAX_LENGTH } from './fillIn';

const EMAIL =
  '<Response><Email to="me@example.com" subject="{RecordingUrl}">Listen here: {RecordingUrl}</Email></Response>';

describe('request values filled into a served document', () => {
  it('lists only the parameters the document marks', () => {
    expect(fillsOf(EMAIL, ['RecordingUrl', 'From'])).toEqual(['RecordingUrl']);
    expect(fillsOf('<Response><Say>{recordingurl}</Say></Response>', ['RecordingUrl'])).toEqual([]);
  });

  it('writes the value in every place the marker stands, text and attribute alike', () => {
    const url = 'https://rec.example.com/RE1.wav';
    expect(fillIn(EMAIL, ['RecordingUrl'], { RecordingUrl: url })).toBe(
      `<Response><Email to="me@example.com" subject="${url}">Listen here: ${url}</Email></Response>`,
    );
  });

  it('keeps the marker when the request did not send the value', () => {
    expect(fillIn(EMAIL, ['RecordingUrl'], {})).toBe(EMAIL);
    expect(fillIn(EMAIL, ['RecordingUrl'], { RecordingUrl: '' })).toBe(EMAIL);
  });

  it('fills only the listed parameters', () => {
    const xml = '<Response><Say>{From} {RecordingUrl}</Say></Response>';
    expect(fillIn(xml, ['RecordingUrl'], { From: '+1', RecordingUrl: 'u' })).toBe(
      '<Response><Say>{From} u</Say></Response>',
    );
  });

  it('keeps a hostile value text: markup, quotes and characters XML cannot carry', () => {
    const hostile = '"/><Hangup/><Say x="\u0000&amp;\n\uD800';
    const response = parseXml(fillIn(EMAIL, ['RecordingUrl'], { RecordingUrl: hostile }));
    // What XML cannot carry (NUL, a lone surrogate) is left out; the rest reads back as sent.
    const kept = '"/><Hangup/><Say x="&amp;\n';
    expect(response.children.map((child) => child.name)).toEqual(['Email']);
    expect(response.children[0]!.attributes.subject).toBe(kept);
    expect(response.children[0]!.text).toBe(`Listen here: ${kept}`);
  });

  it('never fills a value in again: a value that reads like a marker stays as sent', () => {
    const xml = '<Response><Say>{RecordingUrl} {Other}</Say></Response>';
    expect(fillIn(xml, ['RecordingUrl', 'Other'], { RecordingUrl: '{Other}', Other: 'x' })).toBe(
      '<Response><Say>{Other} x</Say></Response>',
    );
  });

  it('cuts an over-long value', () => {
    const filled = fillIn('<Say>{RecordingUrl}</Say>', ['RecordingUrl'], {
      RecordingUrl: 'a'.repeat(100_000),
    });
    expect(filled).toBe(`<Say>${'a'.repeat(FILLED_VALUE_MAX_LENGTH)}</Say>`);
  });
});
