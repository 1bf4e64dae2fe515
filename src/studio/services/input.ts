/**
 * Checks of the fields of a request body (already parsed JSON). Each answers the value or a
 * Failure that names the field, so a person can tell what to fix.
 */
import { ROLES, type Role } from '../storage';
import { fail, type Failure } from './failure';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './policy';

export type Fields = Readonly<Record<string, unknown>>;

export function textField(
  body: Fields,
  field: string,
  { max = 200 }: { max?: number } = {},
): string | Failure {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    return fail('invalid', `The field "${field}" is missing (it must be text).`);
  }
  if (value.length > max) {
    return fail('invalid', `The field "${field}" is too long (at most ${max} characters).`);
  }
  return value.trim();
}

/** An email, in lower case: emails are compared in lower case. */
export function emailField(body: Fields, field = 'email'): string | Failure {
  const value = textField(body, field, { max: 254 });
  if (typeof value !== 'string') return value;
  if (!/^[^\s@]+@[^\s@]+$/.test(value)) {
    return fail('invalid', `The field "${field}" is not an email address.`);
  }
  return value.toLowerCase();
}

/** A new password: 12 to 200 characters, kept exactly as typed (spaces too). */
export function newPasswordField(body: Fields, field = 'password'): string | Failure {
  const value = body[field];
  if (typeof value !== 'string') {
    return fail('invalid', `The field "${field}" is missing (it must be text).`);
  }
  if (value.length < PASSWORD_MIN_LENGTH || value.length > PASSWORD_MAX_LENGTH) {
    return fail(
      'invalid',
      `The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`,
    );
  }
  return value;
}

export function roleField(body: Fields, field = 'role'): Role | Failure {
  const value = body[field];
  return ROLES.includes(value as Role)
    ? (value as Role)
    : fail('invalid', `The field "${field}" must be one of ${ROLES.join(', ')}.`);
}

export function revisionField(body: Fields, field: string): number | Failure {
  const value = body[field];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1
    ? value
    : fail('invalid', `The field "${field}" must be a revision number (1 or more).`);
}
