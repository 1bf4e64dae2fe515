import { actionField, actionOutlet, listSummary, methodField, nextOutlet } from './fields';
import { excerpt } from './summaries';
import type { VerbDef } from '../schema/verbs';

export const dial: VerbDef = {
  id: 'dial',
  element: 'Dial',
  label: 'Dial',
  group: 'connect',
  description: 'Connect the caller to phone numbers, app users, SIP addresses or a conference.',
  icon: 'dial',
  attributes: [
    actionField(
      'Document fetched when the dialled call ends; the verbs after Dial then never run.',
    ),
    methodField(),
    {
      name: 'timeout',
      label: 'Ring for',
      kind: 'integer',
      unit: 'seconds',
      platformDefault: '30',
      min: 1,
      max: 600,
    },
    {
      name: 'timeLimit',
      label: 'Longest call',
      kind: 'integer',
      unit: 'seconds',
      platformDefault: '14400',
      min: 1,
      max: 86400,
    },
    {
      name: 'callerId',
      label: 'Caller ID',
      kind: 'phone',
      allowsClient: true,
      placeholder: 'e.g. +14155550123',
      help: 'The number the called party sees: E.164, or client:name. Defaults to the caller’s number. An invalid one stops the call.',
    },
    {
      name: 'record',
      label: 'Record the call',
      kind: 'boolean',
      platformDefault: 'false',
    },
  ],
  nesting: {
    label: 'Who to call',
    allowed: ['number', 'client', 'sip', 'conference'],
    min: 1,
    help: 'Numbers, app users and SIP addresses ring at the same time; the first to answer is connected. A conference puts the caller in a room instead.',
  },
  outlets: [
    nextOutlet(
      'Then',
      'Where the caller goes when the dialled call ends, unless “After the call” is connected.',
    ),
    actionOutlet(
      'After the call',
      'Where the caller goes when the dialled call ends; the platform sends how it went (answered, busy, no answer).',
    ),
  ],
  answersCall: true,
  terminal: false,
  endsDocumentWithAction: true,
  stepsAddedAfterJoin: 'action',
  summary: (node) => {
    const children = node.children ?? [];
    const rooms = children.filter((child) => child.kind === 'conference');
    if (rooms.length > 0) return `Joins the conference ${excerpt(rooms[0]?.text, 'room')}`;
    const called = listSummary(
      children.map((child) => child.text ?? ''),
      '',
    );
    return called ? `Calls ${called}` : 'Nobody to call yet';
  },
};
