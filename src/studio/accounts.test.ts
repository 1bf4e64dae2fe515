/**
 * Accounts and sessions through the API, on both engines: set-up with its one-time code,
 * passwords, sign-in limits (with the injected clock), the session cookie and its life,
 * invitations, the last owner, removing a person, API tokens.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSetupCode } from './services/setup';
import { openHarness, PASSWORD, sessionFrom, type Harness } from './test/harness.fixture';
import { testEngines } from './test/engines.fixture';
import { testFlow } from './test/records.fixture';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(testEngines())('accounts on $name', (engine) => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await openHarness(engine);
  });
  afterEach(async () => {
    await harness?.close();
  });

  const context = () => ({ storage: harness.storage, now: () => harness.clock.now });
  const signIn = (email: string, password: string, address?: string) =>
    harness.call('POST', '/api/sign-in', {
      body: { email, password },
      ...(address ? { address } : {}),
    });

  describe('set-up', () => {
    it('creates the owner with the code, once; a wrong code is refused; a restart makes a new code', async () => {
      expect(await (await harness.call('GET', '/api/session')).json()).toEqual({
        user: null,
        setupNeeded: true,
      });
      const first = await issueSetupCode(context());
      const code = await issueSetupCode(context());
      expect(code).toBeDefined();
      const body = { name: 'Ada', email: 'Ada@Example.com', password: PASSWORD };
      const wrong = await harness.call('POST', '/api/setup', { body: { ...body, code: 'guess' } });
      expect(wrong.status).toBe(403);
      const stale = await harness.call('POST', '/api/setup', { body: { ...body, code: first } });
      expect(stale.status).toBe(403);
      const created = await harness.call('POST', '/api/setup', { body: { ...body, code } });
      expect(created.status).toBe(201);
      const { user } = await created.json();
      expect(user).toMatchObject({ name: 'Ada', email: 'ada@example.com', role: 'owner' });
      const cookie = `rcml_session=${sessionFrom(created)}`;
      expect(await (await harness.call('GET', '/api/session', { cookie })).json()).toEqual({
        user,
        setupNeeded: false,
      });
      const again = await harness.call('POST', '/api/setup', { body: { ...body, code } });
      expect(again.status).toBe(409);
      expect(await issueSetupCode(context())).toBeUndefined();
    });

    it('keeps passwords to 12–200 characters', async () => {
      const code = await issueSetupCode(context());
      const setUp = (password: string) =>
        harness.call('POST', '/api/setup', {
          body: { code, name: 'Ada', email: 'ada@example.com', password },
        });
      for (const password of ['x'.repeat(11), 'x'.repeat(201)]) {
        const response = await setUp(password);
        expect(response.status).toBe(400);
        expect((await response.json()).error).toBe(
          'The password must be 12 to 200 characters long.',
        );
      }
      expect((await setUp('x'.repeat(12))).status).toBe(201);
    });
  });

  describe('sign-in', () => {
    it('signs in with the email in any case, and refuses a wrong password or unknown email alike', async () => {
      const person = await harness.person('editor');
      expect((await signIn(person.email.toUpperCase(), PASSWORD)).status).toBe(200);
      const wrong = await signIn(person.email, 'not the password');
      const unknown = await signIn('nobody@example.com', PASSWORD);
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(await wrong.json()).toEqual({ error: 'Wrong email or password.' });
      expect(await unknown.json()).toEqual({ error: 'Wrong email or password.' });
    });

    it('stops an account after 5 failures: 429, even with the right password, until the window passes', async () => {
      const person = await harness.person('editor');
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect((await signIn(person.email, `wrong guess ${attempt}`)).status).toBe(401);
        harness.clock.now += MINUTE;
      }
      const blocked = await signIn(person.email, PASSWORD);
      expect(blocked.status).toBe(429);
      // The first failure leaves the 15-minute window 10 minutes from now.
      expect(blocked.headers.get('retry-after')).toBe(String(10 * 60));
      expect(await blocked.json()).toEqual({
        error: 'Too many attempts. Try again in 10 minutes.',
      });
      harness.clock.now += 9 * MINUTE;
      expect((await signIn(person.email, PASSWORD)).status).toBe(429);
      harness.clock.now += MINUTE;
      expect((await signIn(person.email, PASSWORD)).status).toBe(200);
    });

    it('stops an address after 20 failures, whatever the accounts and forwarded headers', async () => {
      const person = await harness.person('editor');
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const response = await harness.call('POST', '/api/sign-in', {
          body: { email: `guess${attempt}@example.com`, password: 'wrong password' },
          address: '203.0.113.9',
          headers: { 'x-forwarded-for': `198.51.100.${attempt}` },
        });
        expect(response.status).toBe(401);
      }
      expect((await signIn(person.email, PASSWORD, '203.0.113.9')).status).toBe(429);
      expect((await signIn(person.email, PASSWORD, '203.0.113.10')).status).toBe(200);
    });
  });

  describe('sessions', () => {
    it('sets the cookie HttpOnly, SameSite=Lax, Path=/, not Secure over http', async () => {
      const person = await harness.person('viewer');
      const response = await harness.call('POST', '/api/sign-in', {
        body: { email: person.email, password: PASSWORD },
        // Not trusted: PUBLIC_ORIGIN is not https here.
        headers: { 'x-forwarded-proto': 'https' },
      });
      const cookie = response.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^rcml_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).toContain('Path=/');
      expect(cookie).not.toContain('Secure');
    });

    it('sets it Secure when PUBLIC_ORIGIN is https', async () => {
      const secure = await openHarness(engine, { publicOrigin: 'https://studio.example.com' });
      try {
        const person = await secure.person('viewer');
        const response = await secure.call('POST', '/api/sign-in', {
          origin: 'https://studio.example.com',
          body: { email: person.email, password: PASSWORD },
        });
        expect(response.headers.get('set-cookie')).toContain('Secure');
      } finally {
        await secure.close();
      }
    });

    it('stores only the hash of the session id', async () => {
      const person = await harness.person('viewer');
      const id = sessionFrom(await signIn(person.email, PASSWORD))!;
      expect(await harness.storage.findSession(id)).toBeUndefined();
    });

    it('gives a new id at each sign-in and ends the session the request came with', async () => {
      const person = await harness.person('viewer');
      const first = sessionFrom(await signIn(person.email, PASSWORD))!;
      const second = await harness.call('POST', '/api/sign-in', {
        cookie: `rcml_session=${first}`,
        body: { email: person.email, password: PASSWORD },
      });
      const renewed = sessionFrom(second)!;
      expect(renewed).not.toBe(first);
      expect(
        (await harness.call('GET', '/api/people', { cookie: `rcml_session=${first}` })).status,
      ).toBe(401);
      expect(
        (await harness.call('GET', '/api/people', { cookie: `rcml_session=${renewed}` })).status,
      ).toBe(200);
    });

    it('ends after 7 idle days, lasts while used, and ends at 30 days whatever', async () => {
      const person = await harness.person('viewer');
      const cookie = `rcml_session=${sessionFrom(await signIn(person.email, PASSWORD))}`;
      const people = () => harness.call('GET', '/api/people', { cookie });
      for (let week = 0; week < 4; week += 1) {
        harness.clock.now += 6 * DAY;
        expect((await people()).status).toBe(200);
      }
      harness.clock.now += 6 * DAY + 1; // 30 days and a moment since sign-in
      expect((await people()).status).toBe(401);

      const idle = `rcml_session=${sessionFrom(await signIn(person.email, PASSWORD))}`;
      harness.clock.now += 7 * DAY + 1;
      expect((await harness.call('GET', '/api/people', { cookie: idle })).status).toBe(401);
    });

    it('signs out on the server: the same cookie no longer works', async () => {
      const person = await harness.person('viewer');
      const cookie = `rcml_session=${sessionFrom(await signIn(person.email, PASSWORD))}`;
      const out = await harness.call('POST', '/api/sign-out', { cookie });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/rcml_session=;.*Max-Age=0/);
      expect((await harness.call('GET', '/api/people', { cookie })).status).toBe(401);
      expect(await (await harness.call('GET', '/api/session', { cookie })).json()).toMatchObject({
        user: null,
      });
    });
  });

  describe('invitations and people', () => {
    it('uses an invitation once, and not after 7 days', async () => {
      const owner = await harness.person('owner');
      const cookie = await harness.sessionCookie(owner);
      const invite = async () =>
        (await (
          await harness.call('POST', '/api/invitations', { cookie, body: { role: 'editor' } })
        ).json()) as { id: string; code: string; role: string; expiresAt: number };
      const invitation = await invite();
      expect(invitation.expiresAt).toBe(harness.clock.now + 7 * DAY);
      expect(
        await (await harness.call('GET', `/api/invitations/${invitation.code}`)).json(),
      ).toEqual({
        role: 'editor',
      });
      const accept = (code: string, email: string) =>
        harness.call('POST', `/api/invitations/${code}/accept`, {
          body: { name: 'Grace', email, password: PASSWORD },
        });
      const taken = await accept(invitation.code, owner.email);
      expect(taken.status).toBe(409);
      const joined = await accept(invitation.code, 'grace@example.com');
      expect(joined.status).toBe(201);
      expect((await joined.json()).user).toMatchObject({
        role: 'editor',
        email: 'grace@example.com',
      });
      expect(sessionFrom(joined)).toBeDefined();
      const reused = await accept(invitation.code, 'grace2@example.com');
      expect(reused.status).toBe(404);
      expect(await reused.json()).toEqual({
        error: 'This invitation link was used or has expired.',
      });

      const late = await invite();
      harness.clock.now += 7 * DAY;
      expect((await harness.call('GET', `/api/invitations/${late.code}`)).status).toBe(404);
      expect((await accept(late.code, 'late@example.com')).status).toBe(404);
    });

    it('shows invitations to owners only, and withdraws them', async () => {
      const owner = await harness.person('owner');
      const editor = await harness.person('editor');
      const cookie = await harness.sessionCookie(owner);
      const created = await (
        await harness.call('POST', '/api/invitations', { cookie, body: { role: 'viewer' } })
      ).json();
      const asOwner = await (await harness.call('GET', '/api/people', { cookie })).json();
      expect(asOwner.invitations).toEqual([
        {
          id: created.id,
          role: 'viewer',
          createdAt: harness.clock.now,
          expiresAt: created.expiresAt,
        },
      ]);
      expect(asOwner.people).toHaveLength(2);
      expect(asOwner.people[0]).not.toHaveProperty('passwordHash');
      const asEditor = await (
        await harness.call('GET', '/api/people', { cookie: await harness.sessionCookie(editor) })
      ).json();
      expect(asEditor.invitations).toEqual([]);
      expect(
        (await harness.call('DELETE', `/api/invitations/${created.id}`, { cookie })).status,
      ).toBe(204);
      expect((await harness.call('GET', `/api/invitations/${created.code}`)).status).toBe(404);
      expect(
        (await harness.call('DELETE', `/api/invitations/${created.id}`, { cookie })).status,
      ).toBe(404);
    });

    it('keeps the last owner: neither demoted nor removed (409)', async () => {
      const owner = await harness.person('owner');
      const cookie = await harness.sessionCookie(owner);
      const demote = await harness.call('PATCH', `/api/people/${owner.id}`, {
        cookie,
        body: { role: 'editor' },
      });
      expect(demote.status).toBe(409);
      expect((await demote.json()).error).toMatch(/^The last owner cannot/);
      expect((await harness.call('DELETE', `/api/people/${owner.id}`, { cookie })).status).toBe(
        409,
      );
      const second = await harness.person('owner');
      expect(
        (
          await harness.call('PATCH', `/api/people/${owner.id}`, {
            cookie,
            body: { role: 'viewer' },
          })
        ).status,
      ).toBe(200);
      // Now a viewer: the role is read afresh on every request.
      expect(
        (
          await harness.call('PATCH', `/api/people/${second.id}`, {
            cookie,
            body: { role: 'viewer' },
          })
        ).status,
      ).toBe(403);
    });

    it('removing a person ends their sessions and API tokens', async () => {
      const owner = await harness.person('owner');
      const editor = await harness.person('editor');
      const theirCookie = await harness.sessionCookie(editor);
      const { token } = await harness.apiToken(editor);
      expect((await harness.call('GET', '/api/flows', { token })).status).toBe(200);
      const removed = await harness.call('DELETE', `/api/people/${editor.id}`, {
        cookie: await harness.sessionCookie(owner),
      });
      expect(removed.status).toBe(204);
      expect((await harness.call('GET', '/api/flows', { cookie: theirCookie })).status).toBe(401);
      expect((await harness.call('GET', '/api/flows', { token })).status).toBe(401);
    });

    it('answers 404 for a person, invitation or token that does not exist', async () => {
      const owner = await harness.person('owner');
      const cookie = await harness.sessionCookie(owner);
      const calls: [string, string, unknown?][] = [
        ['PATCH', '/api/people/nobody', { role: 'viewer' }],
        ['DELETE', '/api/people/nobody'],
        ['DELETE', '/api/invitations/nothing'],
        ['GET', '/api/invitations/made-up-code'],
        ['DELETE', '/api/tokens/nothing'],
      ];
      for (const [method, path, body] of calls) {
        expect(
          (await harness.call(method, path, { cookie, body })).status,
          `${method} ${path}`,
        ).toBe(404);
      }
    });
  });

  describe('API tokens', () => {
    it('are shown once, listed without the secret, act with their creator role, and end when revoked', async () => {
      const viewer = await harness.person('viewer');
      const other = await harness.person('editor');
      const cookie = await harness.sessionCookie(viewer);
      const created = await harness.call('POST', '/api/tokens', {
        cookie,
        body: { name: 'Nightly export' },
      });
      expect(created.status).toBe(201);
      const { id, token } = await created.json();
      expect(token).toMatch(/^rcml_[A-Za-z0-9_-]{43}$/);
      const listed = await (await harness.call('GET', '/api/tokens', { cookie })).json();
      expect(listed).toEqual({
        tokens: [{ id, name: 'Nightly export', createdAt: harness.clock.now, lastUsedAt: null }],
      });
      expect((await harness.call('GET', '/api/flows', { token })).status).toBe(200);
      const save = await harness.call('POST', '/api/flows', { token, body: { flow: testFlow() } });
      expect(save.status).toBe(403);
      expect(await save.json()).toEqual({ error: 'Your role (viewer) cannot do this.' });
      const someoneElses = await harness.call('DELETE', `/api/tokens/${id}`, {
        cookie: await harness.sessionCookie(other),
      });
      expect(someoneElses.status).toBe(404);
      expect((await harness.call('DELETE', `/api/tokens/${id}`, { cookie })).status).toBe(204);
      const revoked = await harness.call('GET', '/api/flows', { token });
      expect(revoked.status).toBe(401);
      expect((await harness.call('GET', '/api/flows', { token: 'rcml_made-up' })).status).toBe(401);
    });
  });
});
