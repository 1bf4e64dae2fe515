import { START_NODE_ID } from '../schema/flow';
import { TemplateBuilder } from './build';
import { EXAMPLE } from './examples';
import type { TemplateDef } from './types';

export const phoneMenu: TemplateDef = {
  id: 'phone-menu',
  name: 'Phone menu',
  description:
    'Callers press 1 for sales or 2 for support and are put through; any other key plays the menu again, and silence says goodbye.',
  build(environment) {
    const b = new TemplateBuilder(this.name, environment);
    const prompt = b.add('gather', { attributes: { numDigits: '1' }, label: 'Main menu' }, [
      START_NODE_ID,
      'next',
    ]);
    const greeting = b.nest(prompt, 'say', {
      text: `Thank you for calling ${EXAMPLE.business}. For sales, press 1. For support, press 2.`,
    });
    // No key at all: the Gather's "Then" runs.
    b.add('say', { text: 'We did not hear a choice. Goodbye.', label: 'No choice' }, [
      prompt,
      'next',
    ]);
    const menu = b.add('menu', { attributes: { keys: '1 2' }, label: 'Choice' }, [
      prompt,
      'action',
    ]);
    const sales = b.add('dial', { label: 'Sales' }, [menu, 'key:1']);
    const salesNumber = b.nest(sales, 'number', { text: EXAMPLE.sales });
    const support = b.add('dial', { label: 'Support' }, [menu, 'key:2']);
    const supportNumber = b.nest(support, 'number', { text: EXAMPLE.support });
    // Any other key: back to the menu, which plays again.
    b.connect(menu, 'other', prompt);

    b.fill({ nodeId: prompt, childId: greeting }, 'text', {
      what: 'your business’s name',
      example: EXAMPLE.business,
    });
    b.fill({ nodeId: sales, childId: salesNumber }, 'text', {
      what: 'the sales number',
      example: EXAMPLE.sales,
    });
    b.fill({ nodeId: support, childId: supportNumber }, 'text', {
      what: 'the support number',
      example: EXAMPLE.support,
    });
    return { flow: b.done() };
  },
};
