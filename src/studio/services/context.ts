/** What every service works with: the storage and the clock (injected, so tests can move it). */
import type { StudioStorage, UserRecord } from '../storage';

export interface StudioContext {
  readonly storage: StudioStorage;
  /** Milliseconds since 1970. */
  readonly now: () => number;
}

/** A person as the API shows them: never their password hash. */
export interface PublicUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: UserRecord['role'];
}

export const publicUser = ({ id, name, email, role }: UserRecord): PublicUser => ({
  id,
  name,
  email,
  role,
});
