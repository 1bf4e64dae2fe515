import { START_NODE_ID } from '../schema/flow';
import { TemplateBuilder } from './build';
import { EXAMPLE } from './examples';
import type { TemplateDef, TemplateEnvironment } from './types';

export const ringSeveral: TemplateDef = {
  id: 'ring-several',
  name: 'Forward to several phones',
  description:
    'Calls ring two phones at once and the first to answer takes the call, after a short whisper that tells them it is a business call.',
  build(environment) {
    const b = new TemplateBuilder(this.name, environment);
    const ring = b.add('dial', { attributes: { timeout: '25' }, label: 'Ring both' }, [
      START_NODE_ID,
      'next',
    ]);
    const phones = [
      { number: EXAMPLE.office, what: 'the first phone’s number' },
      { number: EXAMPLE.secondPhone, what: 'the second phone’s number' },
    ];
    for (const phone of phones) {
      // The whisper is a document of its own, run for the person who answers (Screening URL).
      const childId = b.nest(ring, 'number', {
        text: phone.number,
        attributes: { url: EXAMPLE.whisperUrl },
      });
      b.fill({ nodeId: ring, childId }, 'text', { what: phone.what, example: phone.number });
      b.fill({ nodeId: ring, childId }, 'url', {
        what: 'the address of the whisper document',
        example: EXAMPLE.whisperUrl,
      });
    }
    return { flow: b.done(), companions: [whisper(environment)] };
  },
};

/**
 * The whisper: what the person who answers hears before the caller is put through. The
 * platform fetches it from each Number's Screening URL, so it is a flow of its own, whose
 * document the user puts online.
 */
function whisper(environment: TemplateEnvironment) {
  const b = new TemplateBuilder('Whisper for Forward to several phones', environment);
  const say = b.add('say', { text: `A call for ${EXAMPLE.business}.`, label: 'Whisper' }, [
    START_NODE_ID,
    'next',
  ]);
  b.fill({ nodeId: say }, 'text', { what: 'your business’s name', example: EXAMPLE.business });
  return b.done();
}
