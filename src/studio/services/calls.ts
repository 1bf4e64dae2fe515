/**
 * What the team sees of its calls: counts per route (a document served, a decision's outlet
 * taken) over the last 1, 7 or 30 days, and, only while the owner has switched them on, call
 * details with the caller's number masked to its last 4 digits. The switch records who turned
 * it and when; switching it off forgets the details kept.
 */
import type { CallSettingsRecord, UserRecord } from '../storage';
import type { StudioContext } from './context';
import { fail, type Failure } from './failure';
import type { Fields } from './input';
import { DAY_MS } from './policy';

const PERIODS = [1, 7, 30] as const;
/** Details sent with the counts: the newest ones. */
export const CALL_DETAILS_SHOWN = 500;

/** "•••• 0102": the last 4 digits of a number, never more; '' for no number at all. */
export function maskCaller(from: string): string {
  const digits = from.replace(/\D/g, '');
  if (digits === '') return '';
  return digits.length < 4 ? '••••' : `•••• ${digits.slice(-4)}`;
}

export interface SettingsView {
  readonly callDetails: boolean;
  /** The name of who switched call details on or off last. */
  readonly callDetailsChangedBy?: string;
  readonly callDetailsChangedAt?: number;
  readonly callDays: number;
}

const settingsView = (record: CallSettingsRecord, callDays: number): SettingsView => ({
  callDetails: record.callDetails,
  ...(record.changedByName === null ? {} : { callDetailsChangedBy: record.changedByName }),
  ...(record.changedAt === null ? {} : { callDetailsChangedAt: record.changedAt }),
  callDays,
});

export async function readSettings({ storage }: StudioContext, callDays: number) {
  return settingsView(await storage.readCallSettings(), callDays);
}

export async function changeSettings(
  { storage, now }: StudioContext,
  owner: UserRecord,
  body: Fields,
  callDays: number,
): Promise<SettingsView | Failure> {
  if (typeof body.callDetails !== 'boolean') {
    return fail('invalid', 'The field "callDetails" must be true or false.');
  }
  const record: CallSettingsRecord = {
    callDetails: body.callDetails,
    changedById: owner.id,
    changedByName: owner.name,
    changedAt: now(),
  };
  await storage.writeCallSettings(record);
  return settingsView(record, callDays);
}

export async function readCalls(
  { storage, now }: StudioContext,
  id: string,
  daysText: string | undefined,
  callDays: number,
) {
  const days = Number(daysText ?? '1');
  if (!PERIODS.includes(days as (typeof PERIODS)[number])) {
    return fail('invalid', 'The parameter "days" must be 1, 7 or 30.');
  }
  if ((await storage.readVoiceFlow(id)) === undefined) {
    return fail('not-found', 'There is no such flow (it may have been deleted).');
  }
  const at = now();
  await storage.purgeCalls(at - callDays * DAY_MS);
  const since = at - days * DAY_MS;
  const [counts, settings] = await Promise.all([
    storage.readCallCounts(id, since),
    storage.readCallSettings(),
  ]);
  if (!settings.callDetails) return { days, counts };
  const details = await storage.readCallDetails(id, since, CALL_DETAILS_SHOWN);
  return {
    days,
    counts,
    details: details.map(({ version, path, caller, at: time }) => ({
      version,
      path,
      caller,
      at: time,
    })),
  };
}
