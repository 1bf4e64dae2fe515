// Drives live calls with autocannon: a bounded run on loopback against the RCML Studio server's
// voice routes (or, with empty prefixes, a downloaded flow-server.mjs of the same version), with
// the requests a platform sends to the "Block nuisance callers" flow. Prints one JSON line.
// Usage: node bench/voice-load.mjs <origin> <seconds> <connections> <entry> <version> <decision>
//   entry:    the Voice URL's path (/voice/<flow>, or "" for a flow server's root)
//   version:  the version's prefix (/voice/<flow>/v1, or "")
//   decision: the decision's path in the flow (/blocked-callers)
import autocannon from 'autocannon';

const [origin, seconds = '10', connections = '10', entry = '', version = '', decision = ''] =
  process.argv.slice(2);
if (!origin) {
  console.error(
    'Usage: node bench/voice-load.mjs <origin> <seconds> <connections> <entry> <version> <decision>',
  );
  process.exit(2);
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const requests = [
  {
    method: 'POST',
    path: entry || '/',
    headers: FORM,
    body: 'From=%2B14155550102&To=%2B15550001&CallSid=CA1',
  },
  {
    method: 'POST',
    path: entry || '/',
    headers: FORM,
    body: 'From=%2B33612345678&To=%2B15550001&CallSid=CA2',
  },
  { method: 'GET', path: `${entry || '/'}?From=%2B33612345678&To=%2B15550001` },
  {
    method: 'POST',
    path: `${version}${decision}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ From: '+14155550102', To: '+15550001' }),
  },
  { method: 'GET', path: `${version}/welcome.xml` },
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
