/** The team: who is in it, their roles, and the invitations that let someone join. */
import type { InvitationRecord, Role, UserRecord } from '../storage';
import { publicUser, type PublicUser, type StudioContext } from './context';
import { fail, type Failure } from './failure';
import { emailField, newPasswordField, roleField, textField, type Fields } from './input';
import { hashPassword } from './passwords';
import { INVITATION_LIFETIME_MS } from './policy';
import { hashSecret, newId, randomSecret } from './secrets';

const NO_PERSON = fail('not-found', 'There is no such person on this team.');
const LAST_OWNER_ROLE = fail(
  'conflict',
  'The last owner cannot be given another role. Make someone else an owner first.',
);
const LAST_OWNER_REMOVED = fail(
  'conflict',
  'The last owner cannot be removed. Make someone else an owner first.',
);
const INVITATION_GONE = fail('not-found', 'This invitation link was used or has expired.');

export interface InvitationSummary {
  readonly id: string;
  readonly role: Role;
  readonly createdAt: number;
  readonly expiresAt: number;
}

const invitationSummary = ({ id, role, createdAt, expiresAt }: InvitationRecord) => ({
  id,
  role,
  createdAt,
  expiresAt,
});

/** Everyone on the team; the open invitations only for an owner. */
export async function listPeople({ storage, now }: StudioContext, viewer: UserRecord) {
  const people = (await storage.listUsers()).map(publicUser);
  const invitations =
    viewer.role === 'owner' ? (await storage.listInvitations(now())).map(invitationSummary) : [];
  return { people, invitations };
}

export async function changeRole(
  { storage }: StudioContext,
  id: string,
  body: Fields,
): Promise<PublicUser | Failure> {
  const role = roleField(body);
  if (typeof role !== 'string') return role;
  const outcome = await storage.changeRole(id, role);
  if (outcome === 'not-found') return NO_PERSON;
  if (outcome === 'last-owner') return LAST_OWNER_ROLE;
  const person = await storage.findUserById(id);
  return person === undefined ? NO_PERSON : publicUser(person);
}

export async function removePerson(
  { storage }: StudioContext,
  id: string,
): Promise<undefined | Failure> {
  const outcome = await storage.removeUser(id);
  if (outcome === 'not-found') return NO_PERSON;
  if (outcome === 'last-owner') return LAST_OWNER_REMOVED;
  return undefined;
}

/** A one-time invitation; its code is shown this once (only its hash is kept). */
export async function invite({ storage, now }: StudioContext, owner: UserRecord, body: Fields) {
  const role = roleField(body);
  if (typeof role !== 'string') return role;
  const code = randomSecret();
  const at = now();
  const invitation: InvitationRecord = {
    id: newId(),
    codeHash: hashSecret(code),
    role,
    createdBy: owner.id,
    createdAt: at,
    expiresAt: at + INVITATION_LIFETIME_MS,
  };
  await storage.createInvitation(invitation);
  return { id: invitation.id, role, code, expiresAt: invitation.expiresAt };
}

export async function withdrawInvitation(
  { storage }: StudioContext,
  id: string,
): Promise<undefined | Failure> {
  return (await storage.deleteInvitation(id))
    ? undefined
    : fail('not-found', 'There is no such invitation.');
}

export async function readInvitation(
  { storage, now }: StudioContext,
  code: string,
): Promise<{ role: Role } | Failure> {
  const invitation = await storage.findInvitation(hashSecret(code), now());
  return invitation === undefined ? INVITATION_GONE : { role: invitation.role };
}

export async function acceptInvitation(
  context: StudioContext,
  code: string,
  body: Fields,
): Promise<UserRecord | Failure> {
  const { storage, now } = context;
  const name = textField(body, 'name', { max: 100 });
  const email = emailField(body);
  const password = newPasswordField(body);
  for (const value of [name, email, password]) if (typeof value !== 'string') return value;
  const codeHash = hashSecret(code);
  // A used or made-up code is refused before the password's slow hash.
  if ((await storage.findInvitation(codeHash, now())) === undefined) return INVITATION_GONE;
  const outcome = await storage.acceptInvitation(codeHash, now(), {
    id: newId(),
    name: name as string,
    email: email as string,
    passwordHash: await hashPassword(password as string),
    createdAt: now(),
  });
  if (outcome.kind === 'gone') return INVITATION_GONE;
  if (outcome.kind === 'email-taken') {
    return fail('conflict', 'Someone on this team already has this email. Sign in instead.');
  }
  return outcome.user;
}
