import { describe, expect, it } from 'vitest';
import { callRequest, requestFromJson, requestFromParams } from './request';

describe('requestFromParams (RCML query strings and forms)', () => {
  it('reads the parameters RCML sends, keeping every one', () => {
    const query = new URLSearchParams(
      'CallSid=CA1&From=%2B14155550199&To=%2B15550100&CallStatus=in-progress&Digits=12%23&DialCallStatus=no-answer&SipHeader_X-Foo=bar',
    );
    expect(requestFromParams(query, 'query')).toEqual({
      from: '+14155550199',
      to: '+15550100',
      digits: '12#',
      dialCallStatus: 'no-answer',
      callStatus: 'in-progress',
      params: {
        CallSid: 'CA1',
        From: '+14155550199',
        To: '+15550100',
        CallStatus: 'in-progress',
        Digits: '12#',
        DialCallStatus: 'no-answer',
        'SipHeader_X-Foo': 'bar',
      },
      format: 'query',
    });
  });

  it('reads names whatever their case, and the last of repeated ones', () => {
    const request = requestFromParams(
      [
        ['from', 'anonymous'],
        ['DIGITS', '1'],
        ['Digits', '2'],
      ],
      'form',
    );
    expect([request.from, request.digits]).toEqual(['anonymous', '2']);
  });

  it('leaves missing parameters empty', () => {
    expect(requestFromParams([], 'none')).toEqual(callRequest());
  });
});

describe('requestFromJson', () => {
  it('reads FlexML’s flat JSON body', () => {
    const request = requestFromJson({
      AccountSid: '',
      CallSid: 'c1',
      From: '14155550199',
      To: '15550100',
      CallStatus: 'ringing',
      Digits: '2',
      OriginalFrom: '14155550199',
      Extra: { nested: true },
      Count: 3,
    });
    expect(request).toEqual({
      from: '14155550199',
      to: '15550100',
      digits: '2',
      dialCallStatus: '',
      callStatus: 'ringing',
      params: {
        AccountSid: '',
        CallSid: 'c1',
        From: '14155550199',
        To: '15550100',
        CallStatus: 'ringing',
        Digits: '2',
        OriginalFrom: '14155550199',
        Count: '3',
      },
      format: 'flexml',
    });
  });

  it('reads VoiceML’s { call, parameters } body', () => {
    const request = requestFromJson({
      call: {
        name: 'projects/p/calls/c',
        from: '+14155550199',
        to: '+61255550100',
        state: 'IN_PROGRESS',
        direction: 'INBOUND',
      },
      parameters: { action: 'INPUT', digits: '*9' },
    });
    expect(request).toEqual({
      from: '+14155550199',
      to: '+61255550100',
      digits: '*9',
      dialCallStatus: '',
      callStatus: 'IN_PROGRESS',
      params: {
        'call.name': 'projects/p/calls/c',
        'call.from': '+14155550199',
        'call.to': '+61255550100',
        'call.state': 'IN_PROGRESS',
        'call.direction': 'INBOUND',
        action: 'INPUT',
        digits: '*9',
      },
      format: 'voiceml',
    });
  });

  it('reads a VoiceML first request without parameters, and a call outcome among them', () => {
    const first = requestFromJson({
      call: { from: 'anonymous', to: '+61255550100', state: 'STARTING' },
    });
    expect(first).toMatchObject({
      from: 'anonymous',
      digits: '',
      dialCallStatus: '',
      format: 'voiceml',
    });
    const after = requestFromJson({
      call: { from: '+1', to: '+2' },
      parameters: { action: 'CALL', call_state: 'NO_ANSWER' },
    });
    expect(after).toMatchObject({ dialCallStatus: 'NO_ANSWER' });
  });

  it.each([null, 'text', 42, [], [{ From: '+1' }]])('refuses %j with a plain message', (body) => {
    expect(requestFromJson(body)).toEqual({
      error: 'The JSON body is not an object of call parameters.',
    });
  });
});
