/**
 * The request log, after a run of what people do (set-up, sign-ins right and wrong, tokens,
 * invitations, flow saves): one line per request with method, path, status and time, and not
 * one password, token, code, session id or piece of a flow in it. On both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupCode } from './services/setup';
import { openHarness, sessionFrom, type Harness } from './test/harness.fixture';
import { testEngines } from './test/engines.fixture';
import { testFlow } from './test/records.fixture';

const OWNER_PASSWORD = 'owner-password-5be1c0';
const WRONG_PASSWORD = 'wrong-password-77aa12';
const EDITOR_PASSWORD = 'editor-password-9f3e44';

describe.each(testEngines())('the request log on $name', (engine) => {
  let harness: Harness;
  const secrets: string[] = [OWNER_PASSWORD, WRONG_PASSWORD, EDITOR_PASSWORD];

  beforeAll(async () => {
    harness = await openHarness(engine);
    const code = (await issueSetupCode({
      storage: harness.storage,
      now: () => harness.clock.now,
    }))!;
    secrets.push(code);
    const setUp = await harness.call('POST', `/api/setup?code=${code}`, {
      body: { code, name: 'Olga Owner', email: 'olga@example.com', password: OWNER_PASSWORD },
    });
    expect(setUp.status).toBe(201);
    const ownerCookie = `rcml_session=${sessionFrom(setUp)}`;
    secrets.push(sessionFrom(setUp)!);

    const invitation = await (
      await harness.call('POST', '/api/invitations', {
        cookie: ownerCookie,
        body: { role: 'editor' },
      })
    ).json();
    secrets.push(invitation.code);
    await harness.call('GET', `/api/invitations/${invitation.code}`);
    const joined = await harness.call('POST', `/api/invitations/${invitation.code}/accept`, {
      body: { name: 'Eddie', email: 'eddie@example.com', password: EDITOR_PASSWORD },
    });
    expect(joined.status).toBe(201);

    await harness.call('POST', '/api/sign-in', {
      body: { email: 'eddie@example.com', password: WRONG_PASSWORD },
    });
    const signedIn = await harness.call('POST', '/api/sign-in', {
      body: { email: 'eddie@example.com', password: EDITOR_PASSWORD },
    });
    const editorCookie = `rcml_session=${sessionFrom(signedIn)}`;
    secrets.push(sessionFrom(signedIn)!);

    const { token } = await (
      await harness.call('POST', '/api/tokens', { cookie: editorCookie, body: { name: 'ci' } })
    ).json();
    secrets.push(token);
    const flow = { ...testFlow('Night menu 4471'), baseUrl: 'https://calls.example/secret-7093' };
    secrets.push(flow.name, flow.baseUrl);
    await harness.call('POST', '/api/flows', { token, body: { flow } });
    await harness.call('PUT', `/api/flows/${flow.id}`, {
      cookie: editorCookie,
      body: { flow: { ...flow, name: 'Night menu 4472' }, baseRevision: 1 },
    });
    secrets.push('Night menu 4472');
    await harness.call('PUT', `/api/flows/${flow.id}`, {
      cookie: editorCookie,
      body: { flow, baseRevision: 1 },
    });
    await harness.call('POST', '/api/sign-out', { cookie: editorCookie });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('has one line per request: method, path without its query, status, time', () => {
    expect(harness.log).toHaveLength(11);
    for (const line of harness.log)
      expect(line).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/\S* \d{3} \d+\.\d ms$/);
    expect(harness.log[0]).toMatch(/^POST \/api\/setup 201 /);
    expect(harness.log).toContainEqual(expect.stringMatching(/^GET \/api\/invitations\/… 200 /));
    expect(harness.log).toContainEqual(expect.stringMatching(/^POST \/api\/sign-in 401 /));
    expect(harness.log).toContainEqual(expect.stringMatching(/^PUT \/api\/flows\/\S+ 409 /));
  });

  it('holds no password, token, code, session id or flow text', () => {
    const text = harness.log.join('\n');
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
