import { START_NODE_ID } from '../schema/flow';
import { TemplateBuilder } from './build';
import type { TemplateDef } from './types';

export const notInService: TemplateDef = {
  id: 'not-in-service',
  name: 'Number not in service',
  description:
    'Every caller hears the operator’s “this number is not in service” message; the call is never answered, so never billed.',
  build(environment) {
    const b = new TemplateBuilder(this.name, environment);
    b.add('reject', { attributes: { reason: 'rejected' }, label: 'Not in service' }, [
      START_NODE_ID,
      'next',
    ]);
    return { flow: b.done() };
  },
};
