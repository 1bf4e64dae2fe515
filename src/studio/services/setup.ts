/**
 * The first account. While nobody is set up, each start of the server makes a new one-time code
 * (only its hash is kept) and prints the link; creating the owner needs it and uses it up.
 */
import { timingSafeEqual } from 'node:crypto';
import type { UserRecord } from '../storage';
import type { StudioContext } from './context';
import { fail, type Failure } from './failure';
import { emailField, newPasswordField, textField, type Fields } from './input';
import { hashPassword } from './passwords';
import { hashSecret, newId, randomSecret } from './secrets';

/** A new set-up code when nobody is set up yet (replacing any earlier one), else undefined. */
export async function issueSetupCode({ storage }: StudioContext): Promise<string | undefined> {
  if ((await storage.countUsers()) > 0) return undefined;
  const code = randomSecret();
  await storage.writeSetting('setupCodeHash', hashSecret(code));
  return code;
}

const ALREADY_SET_UP = fail('conflict', 'This server is already set up. Sign in instead.');
const WRONG_CODE = fail(
  'forbidden',
  'This set-up code is not valid. Use the link the server printed when it started.',
);

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export async function setUp(context: StudioContext, body: Fields): Promise<UserRecord | Failure> {
  const { storage, now } = context;
  const code = body.code;
  const name = textField(body, 'name', { max: 100 });
  const email = emailField(body);
  const password = newPasswordField(body);
  if (typeof code !== 'string') return fail('invalid', 'The field "code" is missing.');
  for (const value of [name, email, password]) if (typeof value !== 'string') return value;
  // Cheap refusals first, before the password's slow hash.
  if ((await storage.countUsers()) > 0) return ALREADY_SET_UP;
  const stored = await storage.readSetting('setupCodeHash');
  const codeHash = hashSecret(code);
  if (stored === undefined || !sameHash(stored, codeHash)) return WRONG_CODE;
  const user: UserRecord = {
    id: newId(),
    name: name as string,
    email: email as string,
    role: 'owner',
    passwordHash: await hashPassword(password as string),
    createdAt: now(),
  };
  const outcome = await storage.createFirstOwner(user, codeHash);
  if (outcome === 'already-set-up') return ALREADY_SET_UP;
  if (outcome === 'wrong-code') return WRONG_CODE;
  return user;
}
