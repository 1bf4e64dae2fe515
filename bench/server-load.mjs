// Drives a running flow server with autocannon: a bounded run on loopback, with a mix of the
// requests the platforms send to a flow with every decision kind. Prints one JSON line.
// Usage: node bench/server-load.mjs <origin> <seconds> <connections>
import autocannon from 'autocannon';

const [origin, seconds = '10', connections = '10'] = process.argv.slice(2);
if (!origin) {
  console.error('Usage: node bench/server-load.mjs <origin> <seconds> <connections>');
  process.exit(2);
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_TYPE = { 'content-type': 'application/json' };
const BOUNDARY = 'flowServerBench';
const multipart = [
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="From"\r\n\r\nanonymous\r\n`,
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="CallSid"\r\n\r\nCA1\r\n`,
  `--${BOUNDARY}--\r\n`,
].join('');

/** One of each: Check caller both ways, Check hours, Menu, Call outcome, a plain document. */
const requests = [
  { method: 'GET', path: '/?From=%2B14155550199&To=%2B15550001&CallSid=CA1' },
  {
    method: 'POST',
    path: '/',
    headers: FORM,
    body: 'From=%2B33612345678&To=%2B15550001&CallSid=CA2',
  },
  {
    method: 'POST',
    path: '/',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipart,
  },
  {
    method: 'POST',
    path: '/menu',
    headers: JSON_TYPE,
    body: JSON.stringify({ From: '+33612345678', Digits: '1' }),
  },
  {
    method: 'POST',
    path: '/',
    headers: { ...JSON_TYPE, 'x-enfonica-event': 'CALL' },
    body: JSON.stringify({
      call: { from: '+33612345678', to: '+15550001', state: 'RINGING' },
      parameters: {},
    }),
  },
  { method: 'GET', path: '/hours-holiday?From=%2B33612345678' },
  {
    method: 'POST',
    path: '/outcome',
    headers: FORM,
    body: 'DialCallStatus=no-answer&From=%2B33612345678',
  },
  { method: 'GET', path: '/welcome.xml' },
];

const result = await autocannon({
  url: origin,
  connections: Number(connections),
  duration: Number(seconds),
  requests,
});
console.log(
  JSON.stringify({
    connections: Number(connections),
    seconds: Number(seconds),
    total: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: result['2xx'],
    notOk: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
