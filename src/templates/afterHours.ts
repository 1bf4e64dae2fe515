import { START_NODE_ID } from '../schema/flow';
import { TemplateBuilder } from './build';
import { EXAMPLE } from './examples';
import type { TemplateDef } from './types';

export const afterHours: TemplateDef = {
  id: 'after-hours',
  name: 'After-hours message',
  description:
    'During opening hours the office phone rings; after hours callers hear when you are open, and on holidays that you are closed today.',
  build(environment) {
    const b = new TemplateBuilder(this.name, environment);
    // Weekdays 09:00–17:00 in the browser's time zone: the hours Check hours starts with.
    const hours = b.add(
      'checkHours',
      {
        attributes: { closedOn: '1 Jan New Year’s Day\n25 Dec Christmas Day' },
        label: 'Opening hours',
      },
      [START_NODE_ID, 'next'],
    );
    const office = b.add('dial', { label: 'Office' }, [hours, 'open']);
    const officeNumber = b.nest(office, 'number', { text: EXAMPLE.office });
    const closed = b.add(
      'say',
      {
        text: `Thank you for calling ${EXAMPLE.business}. We are closed now. We are open Monday to Friday, 9 am to 5 pm. Goodbye.`,
        label: 'Closed',
      },
      [hours, 'closed'],
    );
    b.add('hangup', {}, [closed, 'next']);
    const holiday = b.add(
      'say',
      {
        text: `Thank you for calling ${EXAMPLE.business}. We are closed today for the holiday. Please call again on the next working day.`,
        label: 'Holiday',
      },
      [hours, 'holiday'],
    );
    b.fill({ nodeId: office, childId: officeNumber }, 'text', {
      what: 'the office number',
      example: EXAMPLE.office,
    });
    for (const nodeId of [closed, holiday]) {
      b.fill({ nodeId }, 'text', { what: 'your business’s name', example: EXAMPLE.business });
    }
    return { flow: b.done() };
  },
};
