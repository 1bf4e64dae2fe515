/**
 * Sessions (the Copenhagen Book's way): a new random id at every sign-in, stored as its SHA-256,
 * ended after 7 idle days or 30 days in all, and deleted on the server at sign-out.
 */
import type { UserRecord } from '../storage';
import type { StudioContext } from './context';
import { LAST_USED_PRECISION_MS, SESSION_IDLE_MS, SESSION_MAX_AGE_MS } from './policy';
import { hashSecret, randomSecret } from './secrets';

/** Starts a session for `user`; answers its id (for the cookie: it is stored only hashed). */
export async function startSession({ storage, now }: StudioContext, user: UserRecord) {
  const id = randomSecret();
  const at = now();
  await storage.createSession({
    idHash: hashSecret(id),
    userId: user.id,
    createdAt: at,
    lastUsedAt: at,
  });
  return id;
}

/** The person a session id belongs to, if the session is still on. Using it keeps it on. */
export async function resumeSession(
  { storage, now }: StudioContext,
  id: string,
): Promise<UserRecord | undefined> {
  const idHash = hashSecret(id);
  const found = await storage.findSession(idHash);
  if (found === undefined) return undefined;
  const at = now();
  const { createdAt, lastUsedAt } = found.session;
  if (at - lastUsedAt > SESSION_IDLE_MS || at - createdAt > SESSION_MAX_AGE_MS) {
    await storage.deleteSession(idHash);
    return undefined;
  }
  if (at - lastUsedAt > LAST_USED_PRECISION_MS) await storage.touchSession(idHash, at);
  return found.user;
}

export async function endSession({ storage }: StudioContext, id: string): Promise<void> {
  await storage.deleteSession(hashSecret(id));
}
