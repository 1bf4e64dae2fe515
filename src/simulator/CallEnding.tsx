import type { CallEnd, RejectOutcome } from '../platform';
import { describeEnd } from '../platform';

/** How the call ended, in plain words; for a Reject, exactly what the carrier receives. */
export function CallEnding({ end }: { end: CallEnd }) {
  return (
    <section className={`sim-ending sim-ending-${end.how}`} aria-label="How the call ended">
      <p className="sim-ending-title">Call ended: {describeEnd(end)}</p>
      {end.how === 'rejected' && <RejectDetails reject={end.reject} />}
    </section>
  );
}

function RejectDetails({ reject }: { reject: RejectOutcome }) {
  const hears = reject.callerHearsDocumented
    ? reject.callerHears
    : `most likely ${reject.callerHears} (the dialect does not say)`;
  return (
    <>
      <dl className="sim-facts">
        <dt>The caller hears</dt>
        <dd>{hears}</dd>
        <dt>Reason</dt>
        <dd>
          {reject.label} ({reject.reason})
        </dd>
        <dt>SIP response</dt>
        <dd>{reject.code}</dd>
        {reject.q850 !== undefined && (
          <>
            <dt>Q.850 cause</dt>
            <dd>{reject.q850}</dd>
          </>
        )}
        {reject.callInfo !== undefined && (
          <>
            <dt>Call-Info header</dt>
            <dd>
              <code>{reject.callInfo}</code>
            </dd>
          </>
        )}
        {reject.errorCode && (
          <>
            <dt>error_code</dt>
            <dd>
              <code>{reject.errorCode}</code>
            </dd>
            <dt>error_message</dt>
            <dd>{reject.errorMessage}</dd>
          </>
        )}
      </dl>
      {reject.notes.length > 0 && (
        <ul className="sim-notes">
          {reject.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
