/** API tokens: named, shown once, stored hashed, acting with their creator's role. */
import type { UserRecord } from '../storage';
import type { StudioContext } from './context';
import { fail, type Failure } from './failure';
import { textField, type Fields } from './input';
import { LAST_USED_PRECISION_MS } from './policy';
import { API_TOKEN_PREFIX, hashSecret, newApiToken, newId } from './secrets';

export async function listTokens({ storage }: StudioContext, user: UserRecord) {
  return (await storage.listTokens(user.id)).map(({ id, name, createdAt, lastUsedAt }) => ({
    id,
    name,
    createdAt,
    lastUsedAt,
  }));
}

export async function createToken({ storage, now }: StudioContext, user: UserRecord, body: Fields) {
  const name = textField(body, 'name', { max: 100 });
  if (typeof name !== 'string') return name;
  const token = newApiToken();
  const id = newId();
  await storage.createToken({
    id,
    userId: user.id,
    name,
    tokenHash: hashSecret(token),
    createdAt: now(),
    lastUsedAt: null,
  });
  return { id, name, token };
}

export async function revokeToken(
  { storage }: StudioContext,
  user: UserRecord,
  id: string,
): Promise<undefined | Failure> {
  return (await storage.deleteToken(id, user.id))
    ? undefined
    : fail('not-found', 'There is no such API token.');
}

/** The person a token acts for, or undefined when it is not (or no longer) a token. */
export async function authenticateToken(
  { storage, now }: StudioContext,
  token: string,
): Promise<UserRecord | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const found = await storage.findToken(hashSecret(token));
  if (found === undefined) return undefined;
  const at = now();
  const { lastUsedAt, id } = found.token;
  if (lastUsedAt === null || at - lastUsedAt > LAST_USED_PRECISION_MS) {
    await storage.touchToken(id, at);
  }
  return found.user;
}
