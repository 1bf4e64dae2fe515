import { memo } from 'react';
import { describeEvent, type CallEvent, type PlatformRequest } from '../platform';
import type { RequestFormat } from '../router';

/** How the parameters travel, in words. */
const SENT_AS: Readonly<Record<RequestFormat, string>> = {
  none: 'no parameters',
  query: 'a query string in the URL',
  form: 'a form body (URL-encoded)',
  multipart: 'a multipart form body',
  flexml: 'a JSON body (FlexML)',
  voiceml: 'a JSON body with call and parameters (VoiceML)',
};

/**
 * The call, a list item per thing that happened, in the transcript's own words; each request
 * with its parameters and each document with its bytes, folded away. New lines are announced.
 */
export function TranscriptView({ events }: { events: readonly CallEvent[] }) {
  return (
    <ol
      className="sim-transcript"
      aria-label="Transcript"
      aria-live="polite"
      aria-relevant="additions"
    >
      {events.map((event, index) => (
        // Events are only ever added at the end: the index is the event's identity.
        <TranscriptItem key={index} event={event} />
      ))}
    </ol>
  );
}

const TranscriptItem = memo(function TranscriptItem({ event }: { event: CallEvent }) {
  const lines = describeEvent(event);
  return (
    <li className={`sim-event sim-event-${event.kind}`}>
      {lines.map((line, i) => (
        <span key={i} className="sim-line">
          {line}
        </span>
      ))}
      {event.kind === 'request' && <RequestDetails request={event.request} />}
      {event.kind === 'document' && (
        <details>
          <summary>Document returned</summary>
          <pre className="sim-code">{event.xml}</pre>
        </details>
      )}
      {event.kind === 'play' && event.resolvedUrl && /^https?:/i.test(event.resolvedUrl) && (
        <a href={event.resolvedUrl} target="_blank" rel="noreferrer">
          Listen (opens in a new tab)
        </a>
      )}
    </li>
  );
});

function RequestDetails({ request }: { request: PlatformRequest }) {
  const headers = Object.entries(request.headers);
  return (
    <details>
      <summary>Request details</summary>
      <dl className="sim-facts">
        <dt>Method</dt>
        <dd>{request.method}</dd>
        <dt>URL</dt>
        <dd>
          <code>{request.url}</code>
        </dd>
        <dt>Sent as</dt>
        <dd>{SENT_AS[request.format]}</dd>
      </dl>
      {headers.length > 0 && <Pairs caption="Headers" pairs={headers} />}
      <Pairs caption="Parameters" pairs={request.params} />
      {request.body !== null && (
        <>
          <p className="sim-code-caption">Body, exactly as sent</p>
          <pre className="sim-code">{request.body}</pre>
        </>
      )}
    </details>
  );
}

function Pairs({
  caption,
  pairs,
}: {
  caption: string;
  pairs: readonly (readonly [string, string])[];
}) {
  return (
    <table className="sim-pairs">
      <caption>{caption}</caption>
      <tbody>
        {pairs.map(([name, value], i) => (
          <tr key={i}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
