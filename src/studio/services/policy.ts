/** The server's rules in numbers, in one place (docs/server-api.md states each). */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const DAY_MS = DAY;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** A session unused this long has ended… */
export const SESSION_IDLE_MS = 7 * DAY;
/** …and one this old has ended however much it is used. */
export const SESSION_MAX_AGE_MS = 30 * DAY;
/** How stale a session's or token's "last used" may get before it is written again. */
export const LAST_USED_PRECISION_MS = MINUTE;

export const INVITATION_LIFETIME_MS = 7 * DAY;

export const SIGN_IN_WINDOW_MS = 15 * MINUTE;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** How long a deleted flow stays in Recently deleted. */
export const DELETED_FLOWS_KEPT_MS = 30 * DAY;

/** How long call counts (and call details) are kept, unless RCML_CALL_DAYS says otherwise. */
export const DEFAULT_CALL_DAYS = 30;
/** How often a process writes the calls it counted (at most a second late). */
export const CALL_FLUSH_MS = 1000;
/** How long a process trusts what it read of a flow's live pointer and signing key. */
export const LIVE_POINTER_TTL_MS = 1000;
