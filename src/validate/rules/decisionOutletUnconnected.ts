import type { DecisionOutletDef } from '../../schema/decisions';
import { nodeOutlets } from '../../kinds';
import type { FlowRule } from '../types';
import { decisionNodes } from './names';

/**
 * Who goes down an outlet, from its help ("Outside the opening hours." → "outside the opening
 * hours"): the first sentence, without its asides in brackets, as a phrase.
 */
export function whoGoesThere(help: string | undefined): string | undefined {
  const sentence = help
    ?.split(/(?<=\.)\s/)[0]!
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\.$/, '')
    .trim();
  if (!sentence) return undefined;
  // "Outside…" becomes "outside…"; a name such as "VoiceML" keeps its capitals.
  return /^[A-Z][a-z]*\b/.test(sentence)
    ? sentence[0]!.toLowerCase() + sentence.slice(1)
    : sentence;
}

/**
 * The flow server answers an outlet that leads nowhere with an empty document: the platform ends
 * the call, without a word (src/router/table.ts). That may be meant (a caller on a block list
 * hung up on), so it is a warning, at the outlet, saying who it happens to. None where the
 * decision's definition says leading nowhere is meant (`mayLeadNowhere`).
 */
function meantToEnd(
  outlet: DecisionOutletDef | undefined,
  attributes: Readonly<Record<string, string>>,
): boolean {
  const meant = outlet?.mayLeadNowhere;
  if (meant === undefined) return false;
  return meant === true || !attributes[meant.whileEmpty]?.trim();
}

export const decisionOutletUnconnected: FlowRule = {
  id: 'decision-outlet-unconnected',
  severity: 'warning',
  description: 'A decision outlet that leads nowhere: callers sent that way are hung up on.',
  scope: 'flow',
  reads: 'content', // the outlets of a decision, and whether leading nowhere is meant, are its fields
  *check(context) {
    const { graph } = context;
    for (const { node, def } of decisionNodes(context)) {
      if (!graph.isReachable(node.id)) continue; // the unreachable-node rule speaks for it
      for (const outlet of nodeOutlets(node)) {
        if (graph.edgeFrom(node.id, outlet.id)) continue;
        if (
          meantToEnd(
            def.outlets.find((o) => o.id === outlet.id),
            node.attributes,
          )
        )
          continue;
        const who = whoGoesThere(outlet.help);
        yield {
          nodeId: node.id,
          field: outlet.id,
          message: `“${outlet.label}” leads nowhere: callers who go that way${who ? ` (${who})` : ''} hear nothing more, and the call ends without a word. Connect “${outlet.label}” to what they should hear.`,
        };
      }
    }
  },
};
