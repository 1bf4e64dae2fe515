/**
 * The files of a flow's download when it needs a flow server: the flow server (the generic
 * runtime with the flow written into it as JSON data), every document as served, and a README.
 * The flow is never turned into code: user text only ever appears inside a JSON string literal.
 */
import type { RouteTable } from '../router';
import { EMBEDDED_NAMES, type FlowServerRuntime } from './entries';

export interface DownloadFile {
  readonly name: string;
  readonly text: string;
}

export const NODE_SERVER_FILE = 'flow-server.mjs';
export const FETCH_SERVER_FILE = 'flow-worker.mjs';
export const README_FILE = 'README.txt';

/**
 * A JavaScript string literal for any text. JSON's escaping plus `<`, `>` (no `</script>` or
 * `<!--` can survive into a page that shows the file) and U+2028/U+2029 (line breaks to
 * JavaScript parsers before ES2019). Backticks and `${` are plain characters in a "…" literal.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(
    /[<>\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The runtime with the flow declared above it, as two string literals. */
export function embedFlow(runtime: string, table: RouteTable, flowName: string): string {
  return [
    '// The flow served by this file, as data: the route table (JSON) and the flow’s name.',
    '// Made by RCML Studio. Everything below these two lines is the same for every flow.',
    `const ${EMBEDDED_NAMES.name} = ${stringLiteral(flowName)};`,
    `const ${EMBEDDED_NAMES.table} = ${stringLiteral(JSON.stringify(table))};`,
    runtime,
  ].join('\n');
}

/** `/menu/sales.xml` → `menu-sales.xml`: a plain file name, never a path out of the folder. */
function documentFileName(path: string): string {
  const base = path
    .split('/')
    .filter((segment) => segment && segment !== '.' && segment !== '..')
    .join('-')
    .replace(/[^\w.-]/g, '_')
    .replace(/^\.+/, '');
  const name = base || 'main';
  return name.toLowerCase().endsWith('.xml') ? name : `${name}.xml`;
}

function documentFiles(table: RouteTable): DownloadFile[] {
  const taken = new Set<string>();
  const files: DownloadFile[] = [];
  for (const [path, route] of Object.entries(table.routes)) {
    if (route.kind !== 'document') continue;
    const wanted = documentFileName(path);
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1)
      name = wanted.replace(/\.xml$/i, `-${n}.xml`);
    taken.add(name.toLowerCase());
    files.push({ name, text: route.xml });
  }
  return files;
}

/**
 * What the README says of the flow as the designer shows it: the platform its dialect is for,
 * where that platform's number settings take the address, and the flow's “Base URL”.
 */
export interface ReadmeAbout {
  /** "RCML (Restcomm and CallAPI platforms)". */
  readonly platform?: string;
  /** The dialect's numberSetting: “the phone number’s Voice URL …”. */
  readonly numberSetting?: string;
  readonly baseUrl?: string;
}

/** The README in plain words: run it, point the number at it, deploy it elsewhere, scale it. */
export function readme(flowName: string, about: ReadmeAbout = {}): string {
  const title = `Flow server for “${flowName.replace(/\s+/g, ' ').trim() || 'your flow'}”`;
  return `${title}
${'='.repeat(Math.min(title.length, 72))}

This folder answers your phone number's calls the way you designed the flow in RCML Studio:
who is calling, what time it is, which key was pressed and how a call went decide which
document the caller gets. The documents are the .xml files beside this one, exactly as served,
except that where one says {RecordingUrl} the server writes in the recording's address the
platform sends with its request.

Run it
------
You need Node.js 20 or newer (https://nodejs.org). Nothing to install. In this folder:

    PORT=8080 node ${NODE_SERVER_FILE}

It prints the address it listens on. Stop it with Ctrl+C.
On Windows (PowerShell):  $env:PORT=8080; node ${NODE_SERVER_FILE}

Point your phone number at it
-----------------------------
Your platform must reach the server over the internet, so run it on a server with a public
address (or behind your own https proxy). Then, in your platform's settings for the phone
number, set the address it fetches for an incoming call to the server's root address, "/":

    ${rootAddress(about.baseUrl)}

${whereItGoes(about)}

${otherAddresses(about.baseUrl)}

Settings
--------
PORT                  the port to listen on (default 8080).
HOST                  the address to listen on (default 0.0.0.0: every network interface,
                      so the platform and a load balancer can reach it; 127.0.0.1 for this
                      computer only).
ENFONICA_SIGNING_KEY  VoiceML only: the signing key the Enfonica Console shows. When set,
                      every request must carry a valid X-Enfonica-Signature, else 403.
PUBLIC_ORIGIN         the scheme and host your platform calls (https://flows.example.com),
                      when a proxy in front changes them; the signature covers that address.
BASE_PATH             a prefix in front of every address (e.g. /phone), when the server is
                      mounted below one.
LOG_CALLER_DATA=1     also log the caller's number, the number called and the keys pressed.

Logs
----
One line per request on standard output: the time, the address asked for, the answer's
status, each decision taken (which outlet, where it led) and the document served.
Caller numbers and keys are not logged unless LOG_CALLER_DATA=1.
A bad request gets a plain one-line answer: 404 (no such address), 405 (a method other than
GET, HEAD or POST; HEAD gets the answer to the same GET without its body), 413 (body over
64 KB), 415 (a body that is not a form or JSON, or in a charset the server does not read;
UTF-8, UTF-16 and the other standard charsets are read), 400 (unreadable body), 403 (wrong
signature; with a signing key set it is checked first, at every address). The server keeps
running.

Deploy it elsewhere
-------------------
${FETCH_SERVER_FILE} is the same flow server as a web-standard fetch handler, with no imports:
- Cloudflare Workers: use ${FETCH_SERVER_FILE} as the Worker's main module (its default export
  is { fetch }). Put settings in the Worker's variables.
- Deno Deploy, or Deno locally: deno serve --allow-env ${FETCH_SERVER_FILE}
- Bun: bun ${NODE_SERVER_FILE} (or serve ${FETCH_SERVER_FILE}'s default export).
- Vercel: copy ${FETCH_SERVER_FILE} into the project and add a function file, for example
  api/flow.mjs containing
      export { fetch as GET, fetch as POST } from '../${FETCH_SERVER_FILE}';
  and rewrite every address of the site to /api/flow (vercel.json "rewrites").
- Netlify: add a function file, for example netlify/functions/flow.mjs containing
      import { fetch } from '../../${FETCH_SERVER_FILE}';
      export default (request) => fetch(request);
      export const config = { path: '/*' };
The documents ask for addresses such as /menu at the root of the site: the function must
receive them all. If the platform keeps a prefix in front of them, set BASE_PATH to it.
Settings go in the platform's environment variables, as above. Each platform has its own
limits on request time and size; these answers take milliseconds and a few kilobytes.

How it scales
-------------
The server keeps nothing between requests: everything it needs is in the request. Run as
many copies as you like, on as many machines, behind any load balancer; no shared storage,
no sticky sessions. One copy on one processor core answers thousands of requests a second.

Change the flow
---------------
Edit it in RCML Studio and download it again; replace these files and restart the server.
`;
}

/** The server's root address: the flow's Base URL, else an example. */
function rootAddress(baseUrl = ''): string {
  const base = baseUrl.trim();
  if (!base) return 'https://flows.example.com/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** The setting of the flow's own platform, or of each platform when the README is not told. */
function whereItGoes({ platform, numberSetting }: ReadmeAbout): string {
  if (platform && numberSetting) {
    return `This flow is written in ${platform}: paste the address as\n${numberSetting}.`;
  }
  return `- RCML (Restcomm and other CallAPI platforms): the number's Voice URL (GET or POST).
- FlexML (CarrierX): the FlexML URL your number's calls are sent to (POST).
- VoiceML (Enfonica): the number's VoiceML URL (POST). See ENFONICA_SIGNING_KEY below.`;
}

/** What the designer's “Base URL of the documents” means here, in the designer's words. */
function otherAddresses(baseUrl = ''): string {
  const base = baseUrl.trim();
  if (base) {
    return `The other addresses (a menu, a call outcome, a document) are written into the
documents under ${rootAddress(base)}, the "Base URL" set in RCML Studio: run the server at
that address. To run it elsewhere, change the Base URL in RCML Studio and download again.`;
  }
  return `The other addresses (a menu, a call outcome, a document) are written into the
documents relative to the server's root, as the "Base URL" in RCML Studio is empty: they
work wherever the server runs, and you set them nowhere else. Fill in the Base URL only if
your platform needs full addresses; then run the server at that address.`;
}

/**
 * Every file of the download. `runtime` is what `virtual:flow-server-runtime` (or the build in
 * vite/flowServerPlugin.ts) gives.
 */
export function flowServerFiles(
  table: RouteTable,
  flowName: string,
  runtime: FlowServerRuntime,
  about: ReadmeAbout = {},
): DownloadFile[] {
  return [
    { name: NODE_SERVER_FILE, text: embedFlow(runtime.node, table, flowName) },
    { name: FETCH_SERVER_FILE, text: embedFlow(runtime.fetch, table, flowName) },
    ...documentFiles(table),
    { name: README_FILE, text: readme(flowName, about) },
  ];
}
