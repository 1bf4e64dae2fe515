/**
 * The one line a decision node shows under its title, and that its accessible name ends with:
 * what it checks, read from its fields as the flow server will ("2 numbers, 1 prefix, withheld").
 */
import { describeHours, readDecision, type DecisionDef } from '../decisions';
import { kindLabel } from '../kinds';

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function decisionSummary(
  def: DecisionDef,
  attributes: Readonly<Record<string, string>>,
): string {
  const { decision } = readDecision(def.kind, attributes);
  switch (decision.kind) {
    case 'checkCaller': {
      const parts = [
        ...(decision.numbers.length ? [counted(decision.numbers.length, 'number', 'numbers')] : []),
        ...(decision.prefixes.length
          ? [counted(decision.prefixes.length, 'prefix', 'prefixes')]
          : []),
        ...(decision.withheld ? ['withheld'] : []),
      ];
      return parts.length ? parts.join(', ') : 'No callers listed yet';
    }
    case 'checkHours':
      return describeHours(decision.week, decision.timeZone, decision.closures);
    case 'menu':
      if (!decision.keys.length) return 'No keys yet';
      return `${decision.keys.length === 1 ? 'Key' : 'Keys'} ${decision.keys.join(', ')}`;
    case 'callOutcome':
      // Nothing to set: say where it belongs, from the catalog ("After a Dial").
      return def.follows ? `After a ${kindLabel(def.follows.verb)}` : def.label;
  }
}
