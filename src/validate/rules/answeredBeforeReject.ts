import { planDocuments } from '../../model/documents';
import type { Rule } from '../types';
import { nodeName } from './names';

/**
 * Reject (and any verb that only works on a ringing call) must run before anything answers the
 * call. Pause keeps the call ringing, so Pause then Reject is fine. Only `main.xml` runs on a
 * ringing call: every other document is reached through an action or a Redirect, and both
 * answer it, even when the main chain itself runs into that document at a join.
 */
export const answeredBeforeReject: Rule = {
  id: 'answered-before-reject',
  severity: 'error',
  description: 'A Reject after a verb that answers the call cannot refuse it.',
  *check({ flow, graph, exportedNodes, resolve }) {
    const { documents, fileOf } = planDocuments(flow);
    let answeredBy: string | undefined;
    const inMain = new Set<string>();
    for (const node of documents[0]?.nodes ?? []) {
      inMain.add(node.id);
      const { def } = resolve(node);
      if (def.beforeAnswerOnly && answeredBy) {
        yield {
          nodeId: node.id,
          message: `${answeredBy} answers the call before this ${def.label} runs, so the call can no longer be refused (the platform skips the ${def.label}). Move the ${def.label} to the start; only Pauses may come before it.`,
        };
      }
      if (def.answersCall && !answeredBy) answeredBy = nodeName(node);
    }
    const onMainChain = new Set(graph.mainChain.map((n) => n.id));
    for (const node of exportedNodes) {
      const { def } = resolve(node);
      if (!def.beforeAnswerOnly || inMain.has(node.id)) continue;
      yield {
        nodeId: node.id,
        message: onMainChain.has(node.id)
          ? `More than one path leads into the verbs before this ${def.label}, so it is written in ${fileOf(node.id) ?? 'another document'}, which the call reaches through a Redirect. The Redirect answers the call, so the ${def.label} can no longer refuse it. Give the ${def.label} a single path from the incoming call, with only Pauses before it.`
          : `This ${def.label} runs only after the call has been answered, so it cannot refuse the call. Connect it at the start of the incoming call.`,
      };
    }
  },
};
