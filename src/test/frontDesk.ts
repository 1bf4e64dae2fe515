/**
 * A flow drawn as a user draws it in the designer, through the real model operations, using
 * every decision kind: blocked callers get busy, everyone else reaches the opening hours check,
 * a menu after a Gather, and a Dial whose outcome decides between goodbye and voicemail.
 * Opening hours are every day, all day, so what a call gets does not depend on the clock.
 */
import { createFlow } from '../model/flow';
import { addNode, updateNode } from '../model/operations';
import { DAYS } from '../schema/decisions';
import { START_NODE_ID, type Flow } from '../schema/flow';
import { addVerb, link, reject, say } from './builders';
import { addChildren, child } from './nested';

export const BLOCKED = '+14155550199';
export const SALES = '+14155550100';

export interface FrontDesk {
  readonly flow: Flow;
  /** Node ids by role. */
  readonly ids: Readonly<Record<string, string>>;
}

export function frontDesk(options: { baseUrl?: string; name?: string } = {}): FrontDesk {
  let flow: Flow = {
    ...createFlow({ name: options.name ?? 'Front desk' }),
    baseUrl: options.baseUrl ?? '',
  };
  const ids: Record<string, string> = {};
  const decision = (
    role: string,
    kind: string,
    attributes: Record<string, string>,
    label?: string,
    after?: string,
  ) => {
    const added = addNode(flow, kind, { x: 0, y: 0 }, { after, environment: { timeZone: 'UTC' } });
    flow = updateNode(added.flow, added.nodeId, { attributes, label });
    ids[role] = added.nodeId;
  };
  const verb = (role: string, spec: Parameters<typeof addVerb>[1]) => {
    const added = addVerb(flow, spec);
    flow = added.flow;
    ids[role] = added.nodeId;
  };

  decision(
    'check',
    'checkCaller',
    { numbers: BLOCKED, withheld: 'true' },
    'Blocked callers',
    START_NODE_ID,
  );
  verb('blocked', { ...reject('busy'), label: 'Blocked' });
  decision(
    'hours',
    'checkHours',
    { ...Object.fromEntries(DAYS.map((day) => [day, '00:00–24:00'])), timeZone: 'Europe/Paris' },
    'Opening hours',
  );
  verb('welcome', { kind: 'gather', attributes: { numDigits: '1' }, label: 'Welcome' });
  flow = addChildren(flow, ids.welcome!, child('say', 'Welcome. Press 1 for sales.')).flow;
  verb('closed', { ...say('We are closed.'), label: 'Closed' });
  decision('menu', 'menu', { keys: '1 *' });
  verb('sales', { kind: 'dial', attributes: { timeout: '20' }, text: SALES, label: 'Sales' });
  decision('outcome', 'callOutcome', {});
  verb('bye', { ...say('Thank you for calling. Goodbye.'), label: 'Bye' });
  verb('voicemail', { ...say('Nobody could answer. Please call again.'), label: 'Voicemail' });

  const links: [string, string, string][] = [
    ['check', 'matches', 'blocked'],
    ['check', 'otherwise', 'hours'],
    ['hours', 'open', 'welcome'],
    ['hours', 'closed', 'closed'],
    ['welcome', 'action', 'menu'],
    ['menu', 'key:1', 'sales'],
    ['menu', 'key:*', 'bye'],
    ['sales', 'action', 'outcome'],
    ['outcome', 'answered', 'bye'],
    ['outcome', 'busy', 'voicemail'],
    ['outcome', 'noAnswer', 'voicemail'],
  ];
  for (const [source, outlet, target] of links)
    flow = link(flow, ids[source]!, outlet, ids[target]!);
  return { flow, ids };
}
