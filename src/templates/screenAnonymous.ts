import { START_NODE_ID } from '../schema/flow';
import { TemplateBuilder } from './build';
import { EXAMPLE } from './examples';
import type { TemplateDef } from './types';

export const screenAnonymous: TemplateDef = {
  id: 'screen-anonymous',
  name: 'Screen anonymous callers',
  description:
    'Callers who hide their number are asked to call again with it shown; everyone else hears your greeting.',
  build(environment) {
    const b = new TemplateBuilder(this.name, environment);
    const check = b.add(
      'checkCaller',
      { attributes: { withheld: 'true' }, label: 'Number withheld' },
      [START_NODE_ID, 'next'],
    );
    const ask = b.add(
      'say',
      {
        text: 'We do not take calls from hidden numbers. Please call again with your number shown. Goodbye.',
        label: 'Show your number',
      },
      [check, 'matches'],
    );
    b.add('hangup', {}, [ask, 'next']);
    const greeting = b.add(
      'say',
      { text: `Thank you for calling ${EXAMPLE.business}.`, label: 'Welcome' },
      [check, 'otherwise'],
    );
    b.fill({ nodeId: greeting }, 'text', {
      what: 'your business’s name',
      example: EXAMPLE.business,
    });
    return { flow: b.done() };
  },
};
