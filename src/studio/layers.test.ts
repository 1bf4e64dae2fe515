/**
 * The studio's place in the layer rule (eslint.config.js): src/studio imports the core, the
 * persistence layer and Node, never the UI or React; nothing else in src (but tests) imports it.
 */
import { describe, expect, it } from 'vitest';
import { restrictedImports } from '../test/restrictedImports';

describe('the studio in the layer rule', () => {
  it.each([
    ['src/studio/x.ts', '../store/types'],
    ['src/studio/x.ts', '../app/App'],
    ['src/studio/x.ts', '../ui/Button'],
    ['src/studio/x.ts', '../canvas/Canvas'],
    ['src/studio/x.ts', '../inspector/Inspector'],
    ['src/studio/x.ts', '../preview/Preview'],
    ['src/studio/x.ts', '../simulator'],
    ['src/studio/services/x.ts', '../../store/types'],
    ['src/studio/x.ts', 'react'],
    ['src/studio/x.ts', '@xyflow/react'],
    ['src/app/x.ts', '../studio/app'],
    ['src/store/x.ts', '../studio/storage'],
    ['src/router/x.ts', '../studio/services/flows'],
    ['src/persist/x.ts', '../studio'],
  ])('refuses %s importing %s', async (file, from) => {
    expect(await restrictedImports(file, from)).not.toEqual([]);
  });

  it.each([
    ['src/studio/x.ts', '../persist/flowFile'],
    ['src/studio/x.ts', '../model/flow'],
    ['src/studio/x.ts', '../router'],
    ['src/studio/x.ts', 'node:crypto'],
    ['src/studio/x.ts', 'hono'],
    ['src/studio/x.ts', './storage'],
    ['src/studio/http/x.ts', '../services/failure'],
    ['src/studio/http/x.ts', '../../../vite/contentSecurityPolicy'],
    ['src/team/x.test.ts', '../studio/app'],
  ])('lets %s import %s', async (file, from) => {
    expect(await restrictedImports(file, from)).toEqual([]);
  });
});
