/**
 * The built designer as the server serves it: files from the static folder only, the
 * Content-Security-Policy header of `vite preview`, index.html for the designer's own paths
 * (the single-page fallback), and nothing from src or above the folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../vite/contentSecurityPolicy';
import { createStudioApp } from '../app';
import { sqliteEngine, type OpenedStorage } from '../test/engines.fixture';

const INDEX = '<!doctype html><title>RCML Studio</title><div id="root"></div>';

describe('the designer, served', () => {
  let folder: string;
  let opened: OpenedStorage;
  let app: ReturnType<typeof createStudioApp>;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rcml-studio-static-'));
    mkdirSync(join(folder, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(folder, 'dist', 'index.html'), INDEX);
    writeFileSync(join(folder, 'dist', 'assets', 'index-3f2a.js'), 'console.log("app");');
    writeFileSync(join(folder, 'secret.txt'), 'above the static folder');
    opened = await sqliteEngine.open();
    app = createStudioApp({
      storage: opened.storage,
      staticDir: join(folder, 'dist'),
      log: () => {},
    });
  });
  afterAll(async () => {
    await opened?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves index.html with the Content-Security-Policy header of vite preview', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves built assets, cached for good', async () => {
    const response = await app.request('/assets/index-3f2a.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log("app");');
  });

  it.each([
    '/setup?code=abc123',
    '/invite/some-code',
    '/flows/123',
    '/src/main.tsx',
    '/src/studio/app.ts',
  ])('answers %s with the designer (index.html), never a source file', async (path) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'])(
    'serves nothing above the folder: %s',
    async (path) => {
      expect(await (await app.request(path)).text()).not.toContain('above the static folder');
    },
  );

  it('keeps /api and /voice out of the fallback', async () => {
    const api = await app.request('/api/unknown');
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: 'There is no such API route.' });
    expect((await app.request('/voice/some-flow')).status).toBe(404);
  });

  it('says so when the designer is not built', async () => {
    const bare = createStudioApp({
      storage: opened.storage,
      staticDir: join(folder, 'none'),
      log: () => {},
    });
    const response = await bare.request('/');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/not built/);
  });
});
