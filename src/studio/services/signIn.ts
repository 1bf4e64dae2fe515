/**
 * Sign-in by email and password, limited in the database (so every process counts the same
 * attempts): 5 failures per account and 20 per address within 15 minutes, after which even the
 * right password is refused until the oldest failure leaves the window. Refused attempts are not
 * counted, so an attacker cannot keep an account locked for ever by trying on.
 */
import type { UserRecord } from '../storage';
import type { StudioContext } from './context';
import { fail, type Failure } from './failure';
import { emailField, type Fields } from './input';
import { UNUSED_PASSWORD_HASH, verifyPassword } from './passwords';
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  PASSWORD_MAX_LENGTH,
  SIGN_IN_WINDOW_MS,
} from './policy';

const WRONG = fail('not-signed-in', 'Wrong email or password.');

/** How long, in ms, before another attempt under these keys may be made (0: now). */
async function waitBeforeAttempt(
  { storage, now }: StudioContext,
  limits: readonly (readonly [key: string, max: number])[],
): Promise<number> {
  const at = now();
  let wait = 0;
  for (const [key, max] of limits) {
    const failures = await storage.signInFailures(key, at - SIGN_IN_WINDOW_MS);
    // Allowed again once enough failures have left the window to be under the limit.
    const freedBy = failures[failures.length - max];
    if (freedBy !== undefined) wait = Math.max(wait, freedBy + SIGN_IN_WINDOW_MS - at);
  }
  return wait;
}

function tooManyAttempts(waitMs: number): Failure {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  return fail(
    'too-many-attempts',
    `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    { retryAfterSeconds: seconds },
  );
}

export async function signIn(
  context: StudioContext,
  body: Fields,
  address: string,
): Promise<UserRecord | Failure> {
  const { storage, now } = context;
  const email = emailField(body);
  if (typeof email !== 'string') return email;
  const password = body.password;
  if (typeof password !== 'string' || password === '') {
    return fail('invalid', 'The field "password" is missing (it must be text).');
  }
  const accountKey = `account:${email}`;
  const addressKey = `address:${address}`;
  const wait = await waitBeforeAttempt(context, [
    [accountKey, MAX_FAILURES_PER_ACCOUNT],
    [addressKey, MAX_FAILURES_PER_ADDRESS],
  ]);
  if (wait > 0) return tooManyAttempts(wait);

  const user = await storage.findUserByEmail(email);
  const right =
    password.length <= PASSWORD_MAX_LENGTH &&
    (await verifyPassword(password, user?.passwordHash ?? UNUSED_PASSWORD_HASH)) &&
    user !== undefined;
  if (!right) {
    const at = now();
    await storage.recordSignInFailure([accountKey, addressKey], at, at - SIGN_IN_WINDOW_MS);
    return WRONG;
  }
  await storage.clearSignInFailures(accountKey);
  return user;
}
