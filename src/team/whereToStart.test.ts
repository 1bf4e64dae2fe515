import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudioApp } from '../studio/app';
import { openStorage, type StudioStorage } from '../studio/storage';
import { StudioApi } from './api';
import { whereToStart } from './whereToStart';

const at = (pathname: string, search = '') => ({ pathname, search });

describe('whereToStart', () => {
  it('served as static files (index.html for every address), the designer keeps flows in the browser', async () => {
    const staticHost = new StudioApi(
      async () =>
        new Response('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    expect(await whereToStart(staticHost, at('/'))).toEqual({ kind: 'browser' });
    const nothing = new StudioApi(async () => new Response('Not found', { status: 404 }));
    expect(await whereToStart(nothing, at('/'))).toEqual({ kind: 'browser' });
  });

  describe('served by an RCML Studio server', () => {
    let folder: string;
    let storage: StudioStorage;
    let api: StudioApi;
    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'rcml-start-'));
      storage = openStorage({ dataDir: folder });
      await storage.migrate();
      const app = createStudioApp({ storage, log: () => {} });
      api = new StudioApi(async (input, init) => app.request(`http://studio.test${input}`, init));
    });
    afterAll(async () => {
      await storage.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('opens the set-up page from the printed link, and asks for the link elsewhere', async () => {
      expect(await whereToStart(api, at('/setup', '?code=abc'))).toEqual({
        kind: 'setup',
        code: 'abc',
      });
      expect(await whereToStart(api, at('/'))).toEqual({ kind: 'sign-in', setupNeeded: true });
    });

    it('opens an invitation link as an invitation', async () => {
      expect(await whereToStart(api, at('/invite/x%2Fy'))).toEqual({ kind: 'invite', code: 'x/y' });
    });
  });
});
