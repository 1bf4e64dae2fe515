/**
 * Publishing: a flow's saved draft becomes an immutable, numbered version (the flow as it was,
 * its documents' exact bytes and its route table), and the live pointer moves to it. Every URL
 * inside a version's documents names the version (`<origin>/voice/<flow>/v<n>/`), so a call
 * finishes on the version it started with. "Make live" moves the pointer back (no new copy).
 */
import type { Flow } from '../../schema/flow';
import { importEnfonicaKey, tableFromFlow } from '../../router';
import { FlowValidation, validateFlow } from '../../validate';
import { FlowSerializer, serializeFlow } from '../../xml/serialize';
import type { UserRecord, VersionSummaryRecord } from '../storage';
import type { StudioContext } from './context';
import { fail, type Failure, type ProblemSummary } from './failure';
import { flowSummary } from './flowSummary';
import { revisionField, type Fields } from './input';

const NO_FLOW = fail('not-found', 'There is no such flow (it may have been deleted).');
const NO_VERSION = fail('not-found', 'This flow has no such version.');
const NOTE_MAX_LENGTH = 500;
/** Publishes of one flow at the very same moment each take the next number; this many tries. */
const PUBLISH_ATTEMPTS = 10;

/** A version as the API shows it. */
export interface VersionView {
  readonly number: number;
  readonly note: string;
  readonly publishedAt: number;
  readonly publishedBy: { readonly id: string; readonly name: string };
  readonly live: boolean;
}

const versionView = (record: VersionSummaryRecord, live: number | null): VersionView => ({
  number: record.number,
  note: record.note,
  publishedAt: record.publishedAt,
  publishedBy: { id: record.publishedById, name: record.publishedByName },
  live: record.number === live,
});

/** The Voice URL of a flow: its live version's entry. */
export const voiceUrl = (origin: string, flowId: string): string => `${origin}/voice/${flowId}`;

/** The base URL written into version `number`'s documents. */
export const versionBaseUrl = (origin: string, flowId: string, number: number): string =>
  `${voiceUrl(origin, flowId)}/v${number}/`;

export interface BuiltVersion {
  readonly flow: Flow;
  readonly documents: readonly { readonly fileName: string; readonly xml: string }[];
  readonly table: ReturnType<typeof tableFromFlow>;
  readonly problems: readonly ProblemSummary[];
}

/**
 * The version of `draft` served at `baseUrl`: its documents and route table from one serializer
 * (so the table's documents are the very strings listed), and what validation says of it.
 */
export function buildVersion(draft: Flow, baseUrl: string): BuiltVersion {
  const flow: Flow = { ...draft, baseUrl };
  const serializer = new FlowSerializer();
  const documents = serializeFlow(flow, serializer).map(({ fileName, xml }) => ({ fileName, xml }));
  // The validation shares the serializer's analysis: the graph and plan are worked out once.
  const problems = validateFlow(flow, new FlowValidation(serializer.analysis)).map(
    ({ severity, message, nodeId }) => ({
      severity,
      message,
      ...(nodeId === undefined ? {} : { nodeId }),
    }),
  );
  return { flow, documents, table: tableFromFlow(flow, serializer), problems };
}

function noteField(body: Fields): string | Failure {
  const note = body.note ?? '';
  if (typeof note !== 'string') return fail('invalid', 'The field "note" must be text.');
  if (note.length > NOTE_MAX_LENGTH) {
    return fail('invalid', `The field "note" is too long (at most ${NOTE_MAX_LENGTH} characters).`);
  }
  return note.trim();
}

export async function publishFlow(
  { storage, now }: StudioContext,
  user: UserRecord,
  id: string,
  body: Fields,
  origin: string,
): Promise<{ version: VersionView } | Failure> {
  const baseRevision = revisionField(body, 'baseRevision');
  if (typeof baseRevision !== 'number') return baseRevision;
  const note = noteField(body);
  if (typeof note !== 'string') return note;
  const record = await storage.readFlow(id);
  if (record === undefined) return NO_FLOW;
  if (record.revision !== baseRevision) {
    return fail(
      'conflict',
      `${record.updatedByName} saved this flow since you opened it (revision ${record.revision}): publish what is saved, after a look at it.`,
      { summary: flowSummary(record) },
    );
  }
  const draft = JSON.parse(record.document) as Flow;
  for (let attempt = 0; attempt < PUBLISH_ATTEMPTS; attempt += 1) {
    const number = (await storage.lastVersionNumber(id)) + 1;
    const built = buildVersion(draft, versionBaseUrl(origin, id, number));
    const errors = built.problems.filter((problem) => problem.severity === 'error').length;
    if (errors > 0) {
      return fail(
        'unprocessable',
        `This flow has ${errors === 1 ? 'an error' : `${errors} errors`} to fix before it can be published.`,
        { problems: built.problems },
      );
    }
    const publishedAt = now();
    const outcome = await storage.publishVersion({
      flowId: id,
      number,
      note,
      publishedAt,
      publishedById: user.id,
      publishedByName: user.name,
      everLive: false,
      flow: JSON.stringify(built.flow),
      documents: JSON.stringify(built.documents),
      routeTable: JSON.stringify(built.table),
    });
    if (outcome.kind === 'published') {
      return {
        version: {
          number,
          note,
          publishedAt,
          publishedBy: { id: user.id, name: user.name },
          live: outcome.live,
        },
      };
    }
  }
  return fail('conflict', 'Others are publishing this flow right now. Try again in a moment.');
}

export async function listVersions({ storage }: StudioContext, id: string, origin: string) {
  const listed = await storage.listVersions(id);
  if (listed === undefined) return NO_FLOW;
  return {
    versions: listed.versions.map((version) => versionView(version, listed.live)),
    live: listed.live,
    voiceUrl: voiceUrl(origin, id),
    signed: listed.signed,
  };
}

/** A version's number from the path: 1 or more. */
export function versionNumber(text: string): number | undefined {
  return /^[1-9]\d{0,8}$/.test(text) ? Number(text) : undefined;
}

/** A version with its flow and documents as stored (JSON text, sent on without parsing). */
export async function readVersion({ storage }: StudioContext, id: string, numberText: string) {
  const number = versionNumber(numberText);
  const [record, flow] = await Promise.all([
    number === undefined ? undefined : storage.readVersion(id, number),
    storage.readVoiceFlow(id),
  ]);
  if (record === undefined || flow === undefined) return NO_VERSION;
  return {
    version: versionView(record, flow.live),
    flow: record.flow,
    documents: record.documents,
  };
}

export async function makeLive(
  { storage }: StudioContext,
  id: string,
  body: Fields,
): Promise<{ live: number } | Failure> {
  const number = body.version;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    return fail('invalid', 'The field "version" must be a version number (1 or more).');
  }
  if ((await storage.readVoiceFlow(id)) === undefined) return NO_FLOW;
  return (await storage.makeLive(id, number)) === 'done' ? { live: number } : NO_VERSION;
}

/** The flow's Enfonica signing key, as the Console shows it (base64); "" removes it. */
export async function setSigningKey(
  { storage }: StudioContext,
  id: string,
  body: Fields,
): Promise<undefined | Failure> {
  const key = body.key;
  if (typeof key !== 'string')
    return fail('invalid', 'The field "key" must be text ("" removes the key).');
  const trimmed = key.trim();
  if (
    trimmed !== '' &&
    (trimmed.length > 200 || (await importEnfonicaKey(trimmed)) === undefined)
  ) {
    return fail('invalid', 'The signing key must be the base64 value the Enfonica Console shows.');
  }
  return (await storage.setSigningKey(id, trimmed === '' ? null : trimmed)) ? undefined : NO_FLOW;
}
