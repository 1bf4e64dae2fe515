import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { run, type CallEnd } from '../platform';
import { flowOf, reject } from '../test/builders';
import { call } from '../test/simulate';
import { CallEnding } from './CallEnding';

function endOfCall(...verbs: Parameters<typeof flowOf>): CallEnd {
  const state = run(call(flowOf(...verbs))).state;
  if (state.kind !== 'ended') throw new Error('The call did not end');
  return state.end;
}

/** The text of the ending, a line per fact (term: detail). */
function shown(end: CallEnd): string {
  return renderToStaticMarkup(<CallEnding end={end} />)
    .replace(/<\/dt><dd>/g, ': ')
    .replace(/<\/(dd|p|li)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .trim();
}

describe('how the call ended', () => {
  it('for a VoiceML Reject: the SIP response, Q.850 cause, error code and message', () => {
    expect(shown(endOfCall('voiceml', reject('busy', { errorMessage: 'Blocked caller' })))).toBe(
      [
        'Call ended: rejected, 486 Busy Here',
        'The caller hears: a busy signal',
        'Reason: Busy (busy)',
        'SIP response: 486 Busy Here',
        'Q.850 cause: 17',
        'error_code: USER',
        'error_message: Blocked caller',
      ].join('\n'),
    );
  });

  it('for a FlexML Reject: the Call-Info header', () => {
    const end = endOfCall(
      'flexml',
      reject('intermediary-rejected', { text: 'Calls from this number are screened' }),
    );
    expect(shown(end)).toContain('Call-Info header: "Calls from this number are screened"');
    expect(shown(end)).not.toContain('Q.850');
  });

  it('for a call that simply ran out of verbs: how, and nothing more', () => {
    expect(shown({ how: 'completed' })).toBe('Call ended: completed, no verbs left to run');
  });
});
