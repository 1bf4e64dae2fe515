import { DAY_NAMES } from './hours';
import { DAYS, type DecisionDef, type DecisionFieldDef } from '../schema/decisions';

const WORKDAY = '09:00–17:00';

const dayFields: DecisionFieldDef[] = DAYS.map((day) => ({
  name: day,
  label: DAY_NAMES[day],
  kind: 'hours',
  placeholder: 'Closed',
  help: 'Opening hours, for example 09:00–12:00, 13:00–17:30. Leave empty when closed all day. A range that ends after midnight (22:00–02:00) belongs to the day it starts.',
  ...(day === 'sat' || day === 'sun' ? {} : { initial: WORKDAY }),
}));

export const checkHours: DecisionDef = {
  kind: 'checkHours',
  label: 'Check hours',
  description:
    'Send callers down another branch outside opening hours or on the days you are closed.',
  fields: [
    ...dayFields,
    {
      name: 'timeZone',
      label: 'Time zone',
      kind: 'timeZone',
      help: 'Where the opening hours apply, for example Europe/Paris. Summer time is taken into account.',
    },
    {
      name: 'closedOn',
      label: 'Closed on',
      kind: 'lines',
      placeholder: 'e.g. 25 Dec Christmas\n2026-12-24 Christmas Eve',
      help: 'One date a line: a date such as 2026-12-24, or a day every year such as 25 Dec, then a name if you like. These days go to “Holiday”, whatever the hours say.',
    },
  ],
  outlets: [
    { id: 'open', label: 'Open', help: 'Within the opening hours.' },
    { id: 'closed', label: 'Closed', help: 'Outside the opening hours.' },
    {
      id: 'holiday',
      label: 'Holiday',
      help: 'On a day listed under “Closed on” (also late on, when that day’s hours run past midnight).',
      mayLeadNowhere: { whileEmpty: 'closedOn' },
    },
  ],
};
