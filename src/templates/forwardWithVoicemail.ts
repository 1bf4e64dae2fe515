import { START_NODE_ID } from '../schema/flow';
import { TemplateBuilder } from './build';
import { EXAMPLE } from './examples';
import type { TemplateDef } from './types';

export const forwardWithVoicemail: TemplateDef = {
  id: 'forward-with-voicemail',
  name: 'Forward with voicemail',
  description:
    'Calls ring your phone; when it is busy, nobody answers or the call fails, the caller can leave a voicemail.',
  build(environment) {
    const b = new TemplateBuilder(this.name, environment);
    const forward = b.add('dial', { attributes: { timeout: '20' }, label: 'Your phone' }, [
      START_NODE_ID,
      'next',
    ]);
    const phone = b.nest(forward, 'number', { text: EXAMPLE.office });
    const outcome = b.add('callOutcome', { label: 'How it went' }, [forward, 'action']);
    b.add('hangup', { label: 'Done' }, [outcome, 'answered']);

    // One message per outcome, all leading to one voicemail box.
    const busy = b.add(
      'say',
      { text: 'The line is busy. Please leave a message after the tone.', label: 'Busy' },
      [outcome, 'busy'],
    );
    const voicemail = b.add('record', { attributes: { maxLength: '120' }, label: 'Voicemail' }, [
      busy,
      'next',
    ]);
    const noAnswer = b.add(
      'say',
      {
        text: 'Nobody can take your call right now. Please leave a message after the tone.',
        label: 'No answer',
      },
      [outcome, 'noAnswer'],
    );
    b.connect(noAnswer, 'next', voicemail);
    const failed = b.add(
      'say',
      {
        text: 'We could not put your call through. Please leave a message after the tone.',
        label: 'Failed',
      },
      [outcome, 'failed'],
    );
    b.connect(failed, 'next', voicemail);
    // Without "After recording" the platform fetches the recording's document again (a loop).
    const thanks = b.add('say', { text: 'Thank you for your message. Goodbye.', label: 'Thanks' }, [
      voicemail,
      'action',
    ]);
    b.add('hangup', {}, [thanks, 'next']);

    b.fill({ nodeId: forward, childId: phone }, 'text', {
      what: 'the number to forward to',
      example: EXAMPLE.office,
    });
    return { flow: b.done() };
  },
};
