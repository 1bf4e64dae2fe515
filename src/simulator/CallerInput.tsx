import { useState } from 'react';
import { callOutcome } from '../decisions/callOutcome';
import type { DialOutcome, Session } from '../platform';
import type { CallActions } from './callActions';
import { Keypad } from './Keypad';

/** The platform's Dial outcome for each outlet of the Call outcome decision, named as it is. */
const OUTCOME_OF_OUTLET: Readonly<Record<string, DialOutcome>> = {
  answered: 'answered',
  busy: 'busy',
  noAnswer: 'no-answer',
  failed: 'failed',
};
const DIAL_CHOICES = callOutcome.outlets.flatMap(({ id, label }) => {
  const outcome = OUTCOME_OF_OUTLET[id];
  return outcome ? [{ outcome, label }] : [];
});

export type CallerActions = Pick<
  CallActions,
  'press' | 'noInput' | 'speak' | 'dial' | 'stopRecording'
>;

/** What the caller can do now: keys and speech at a Gather, a Dial's outcome, a recording. */
export function CallerInput({ session, actions }: { session: Session; actions: CallerActions }) {
  const state = session.state;
  switch (state.kind) {
    case 'waiting-for-input':
      return (
        <div className="sim-input">
          {state.listensFor.keys && (
            <>
              <Keypad onPress={actions.press} />
              <p className="sim-entered" aria-live="polite">
                {state.entered ? `Keys so far: ${state.entered}` : 'No key pressed yet.'}
              </p>
            </>
          )}
          {state.listensFor.speech && <SpeechBox onSpeak={actions.speak} />}
          <button type="button" className="button" onClick={actions.noInput}>
            No input
          </button>
          <p className="sim-hint">
            No input lets the {state.timeout} s of silence run out
            {state.entered ? ', sending the keys so far' : ''}.
          </p>
        </div>
      );
    case 'waiting-for-dial-outcome':
      return (
        <div className="sim-input">
          <div role="group" aria-label="What happens to the dialled call" className="sim-choices">
            {DIAL_CHOICES.map(({ outcome, label }) => (
              <button
                key={outcome}
                type="button"
                className="button"
                onClick={() => actions.dial(outcome)}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
      );
    case 'recording':
      return (
        <div className="sim-input">
          <p className="sim-recording">
            <span className="sim-recording-dot" aria-hidden="true" /> Recording
          </p>
          <button type="button" className="button" onClick={actions.stopRecording}>
            Stop recording
          </button>
        </div>
      );
    default:
      return null;
  }
}

function SpeechBox({ onSpeak }: { onSpeak(words: string): void }) {
  const [words, setWords] = useState('');
  return (
    <form
      className="sim-speech"
      onSubmit={(event) => {
        event.preventDefault();
        if (!words.trim()) return;
        onSpeak(words);
        setWords('');
      }}
    >
      <label>
        <span>What the caller says</span>
        <input className="control" value={words} onChange={(e) => setWords(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={!words.trim()}>
        Say it
      </button>
    </form>
  );
}
