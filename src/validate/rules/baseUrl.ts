import { START_NODE_ID } from '../../schema/flow';
import type { FlowRule } from '../types';
import { decisionNodes } from './names';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Why addresses written from this base URL would not reach the documents, or undefined. The
 * export writes `base/name` (src/model/documents.ts documentUrl), and every platform reads an
 * address without a scheme relative to the document it is in (rcml-verbs.md §1; FlexML and
 * VoiceML alike). An address from the site's root (`/ivr`) is fine. One relative to the
 * document (`ivr`, or `flows.example.com` typed without https://) can work for static documents
 * where only the first one links into that folder (an import keeps such a base), but never for
 * a flow server, whose routes all sit side by side: the folder would be added twice.
 */
function baseUrlProblem(base: string, decides: boolean): string | undefined {
  if (/\s/.test(base)) return 'contains a space, which a web address cannot';
  const scheme = SCHEME.exec(base)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return base.startsWith('/') || !decides
      ? undefined
      : 'does not start with https://, so the platform would read the addresses written from it next to the route it is on, and ask the flow server for addresses it does not have';
  }
  if (scheme !== 'http' && scheme !== 'https') {
    return `starts with “${scheme}:”, which the platform does not fetch`;
  }
  try {
    if (!new URL(base).hostname) throw new Error('no host');
  } catch {
    return 'is not a web address the platform can fetch';
  }
  if (/[?#]/.test(base)) {
    return 'has a ? or #, so the document names would be added to its end and get lost';
  }
  return undefined;
}

/**
 * The base URL set on the flow (FlowSettings), which every action, Redirect and decision
 * address is written from. With decisions, the documents are served by the flow server, so the
 * base URL must be the flow server's public address; without, the address the documents are
 * uploaded to. Empty is fine: the addresses are then bare names, which each platform reads next
 * to the document that holds them, where the documents (or the flow server) are.
 */
export const baseUrl: FlowRule = {
  id: 'base-url',
  severity: 'error',
  description: 'A base URL from which the platform cannot reach the documents.',
  scope: 'flow',
  reads: 'structure',
  *check(context) {
    const { flow } = context;
    const base = flow.baseUrl.trim();
    if (!base) return;
    const decides = decisionNodes(context).length > 0;
    const problem = baseUrlProblem(base, decides);
    if (!problem) return;
    const where = decides
      ? 'Your flow decides per call, so the flow server serves its documents: type the flow server’s public address, the one your phone number’s voice URL points at, for example https://flows.example.com/'
      : 'Type the address you will upload the documents to, for example https://example.com/ivr/';
    yield {
      nodeId: START_NODE_ID,
      field: 'baseUrl',
      message: `The base URL “${base}” ${problem}. ${where}, or leave it empty.`,
    };
  },
};
