import { START_NODE_ID } from '../schema/flow';
import { TemplateBuilder } from './build';
import { EXAMPLE } from './examples';
import type { TemplateDef } from './types';

export const blockCallers: TemplateDef = {
  id: 'block-callers',
  name: 'Block nuisance callers',
  description:
    'Callers on your block list hear a busy signal and the call is never answered; everyone else hears your greeting.',
  build(environment) {
    const b = new TemplateBuilder(this.name, environment);
    const check = b.add(
      'checkCaller',
      { attributes: { numbers: EXAMPLE.blocked }, label: 'Blocked callers' },
      [START_NODE_ID, 'next'],
    );
    b.add('reject', { attributes: { reason: 'busy' }, label: 'Blocked' }, [check, 'matches']);
    const greeting = b.add(
      'say',
      { text: `Thank you for calling ${EXAMPLE.business}.`, label: 'Welcome' },
      [check, 'otherwise'],
    );
    b.fill({ nodeId: check }, 'numbers', {
      what: 'the numbers to block',
      example: EXAMPLE.blocked,
    });
    b.fill({ nodeId: greeting }, 'text', {
      what: 'your business’s name',
      example: EXAMPLE.business,
    });
    return { flow: b.done() };
  },
};
