/**
 * The layer rule in eslint.config.js (issues 16 and 24): each layer imports only the folders its
 * whitelist names, src/schema imports nothing else from src, and only src/server/node.ts and
 * nodeHttp.ts use Node. Lints small snippets as if they were files in src/.
 */
import { describe, expect, it } from 'vitest';
import { restrictedImports } from './restrictedImports';

/** Every other folder under src/ that holds code. */
const folders = [
  'verbs',
  'decisions',
  'notes',
  'dialects',
  'kinds',
  'model',
  'xml',
  'validate',
  'router',
  'platform',
  'server',
  'templates',
  'versions',
  'persist',
  'ui',
  'simulator',
  'store',
  'canvas',
  'inspector',
  'preview',
  'app',
  'team',
  'studio',
  'test',
];

describe('the layer rule', () => {
  it.each([
    ['src/schema/flow.ts', '../verbs'],
    ['src/schema/flow.ts', '../model/flow'],
    ['src/verbs/x.ts', '../dialects'],
    ['src/verbs/x.ts', '../model/flow'],
    ['src/dialects/x.ts', '../model/operations'],
    ['src/dialects/x.ts', '../xml/serialize'],
    ['src/model/x.ts', '../xml/serialize'],
    ['src/model/x.ts', '../persist/flowFile'],
    ['src/xml/x.ts', '../validate'],
    ['src/xml/parse/x.ts', '../../router'],
    ['src/validate/rules/x.ts', '../../router'],
    ['src/decisions/x.ts', '../model/flow'],
    ['src/model/x.ts', '../router'],
    ['src/decisions/x.ts', '../verbs'],
    ['src/decisions/x.ts', '../router'],
    ['src/router/x.ts', '../server/fetch'],
    ['src/platform/x.ts', '../store/types'],
    ['src/templates/x.ts', '../store/types'],
    ['src/templates/x.ts', '../xml/serialize'],
    ['src/platform/x.ts', '../server/package'],
    ['src/router/x.ts', '../platform'],
    ['src/router/x.ts', '../persist/flowFile'],
    ['src/server/x.ts', '../store/types'],
    ['src/router/x.ts', 'react'],
    ['src/router/x.ts', 'node:http'],
    ['src/server/fetch.ts', 'node:http'],
    ['src/xml/x.ts', 'node:fs'],
    ['src/versions/x.ts', '../canvas/stepName'],
    ['src/versions/x.ts', '../validate'],
    // Issue 24: every rule a whitelist, and the floors above the core.
    ['src/validate/x.ts', '../platform'],
    ['src/validate/rules/x.ts', '../../platform/session'],
    ['src/validate/x.ts', '../persist/flowFile'],
    ['src/xml/x.ts', '../platform'],
    ['src/xml/parse/x.ts', '../../persist/flowFile'],
    ['src/xml/parse/x.ts', '../../../vite/contentSecurityPolicy'],
    ['src/verbs/x.ts', '../decisions'],
    ['src/notes/x.ts', '../verbs'],
    ['src/decisions/x.ts', '../notes'],
    ['src/server/x.ts', '../platform'],
    ['src/persist/x.ts', '../canvas/nodeBoxes'],
    ['src/persist/x.ts', '../store/types'],
    ['src/persist/x.ts', '../router'],
    ['src/persist/x.ts', 'react'],
    ['src/persist/x.ts', 'node:fs'],
    ['src/ui/x.tsx', '../store/context'],
    ['src/ui/x.tsx', '../canvas/nodeBoxes'],
    ['src/ui/x.tsx', '../model/flow'],
    ['src/simulator/x.tsx', '../canvas/Canvas'],
    ['src/simulator/x.tsx', '../inspector/Inspector'],
    ['src/simulator/x.tsx', '../team/api'],
    ['src/simulator/x.ts', 'node:fs'],
    ['src/store/x.ts', '../app/App'],
    ['src/store/commands/x.ts', '../../team/api'],
    ['src/store/x.ts', '../simulator'],
    ['src/preview/x.tsx', '../canvas/Canvas'],
    ['src/inspector/x.tsx', '../team/api'],
    ['src/team/x.ts', '../app/App'],
    ['src/team/x.ts', '../canvas/Canvas'],
    ['src/app/actions/x.ts', '../../../vite/contentSecurityPolicy'],
    // The registry of node kinds sits on the catalogs, below the model and everything after.
    ['src/kinds/x.ts', '../model/flow'],
    ['src/kinds/x.ts', '../xml/serialize'],
    ['src/kinds/x.ts', '../store/types'],
    ['src/dialects/x.ts', '../kinds'],
    ['src/verbs/x.ts', '../kinds'],
  ])('refuses %s importing %s', async (file, from) => {
    expect(await restrictedImports(file, from)).not.toEqual([]);
  });

  it.each([
    ['src/verbs/x.ts', '../schema/flow'],
    ['src/verbs/x.ts', './fields'],
    ['src/dialects/x.ts', '../schema/verbs'],
    ['src/model/x.ts', '../dialects/convert'],
    ['src/model/x.ts', '../schema/flow'],
    ['src/xml/parse/x.ts', '../../model/graph'],
    ['src/validate/rules/x.ts', '../../xml/sanitize'],
    ['src/decisions/x.ts', '../schema/verbs'],
    ['src/router/x.ts', '../decisions/read'],
    ['src/router/x.ts', '../model/documents'],
    ['src/platform/x.ts', '../router'],
    ['src/templates/x.ts', '../model/layout'],
    ['src/model/x.ts', '../decisions'],
    ['src/validate/rules/x.ts', '../../decisions/read'],
    ['src/server/x.ts', '../router'],
    ['src/server/node.ts', 'node:http'],
    ['src/server/nodeHttp.ts', 'node:http'],
    ['src/server/x.test.ts', 'node:net'],
    ['src/verbs/x.test.ts', '../dialects'],
    ['src/versions/x.ts', '../xml/serialize'],
    ['src/versions/x.ts', '../model/stepName'],
    ['src/schema/verbs.ts', './flow'],
    ['src/decisions/x.ts', '../schema/decisions'],
    ['src/notes/x.ts', '../schema/verbs'],
    ['src/xml/parse/x.ts', '../serialize'],
    ['src/xml/parse/x.ts', '../../schema/flow'],
    ['src/validate/rules/x.ts', '../types'],
    ['src/validate/rules/x.ts', '../../xml/serialize'],
    ['src/persist/x.ts', '../xml/serialize'],
    ['src/persist/x.ts', '../model/flow'],
    ['src/ui/x.tsx', '../schema/verbs'],
    ['src/ui/x.tsx', 'react'],
    ['src/simulator/x.ts', '../platform'],
    ['src/simulator/x.ts', '../persist/storageKeys'],
    ['src/store/commands/x.ts', '../../model/operations'],
    ['src/store/commands/x.ts', '../documentSlice'],
    ['src/team/x.ts', '../store/types'],
    ['src/app/actions/x.ts', '../persistence'],
    ['src/app/actions/x.ts', '../../team/api'],
    ['src/canvas/x.tsx', '../store/context'],
    ['src/kinds/x.ts', '../dialects'],
    ['src/kinds/x.ts', '../notes'],
    ['src/model/x.ts', '../kinds'],
    ['src/persist/x.ts', '../kinds'],
    ['src/router/x.ts', '../kinds'],
    ['src/canvas/x.tsx', '../kinds'],
  ])('allows %s importing %s', async (file, from) => {
    expect(await restrictedImports(file, from)).toEqual([]);
  });

  it.each(folders)('refuses src/schema importing src/%s', async (folder) => {
    expect(await restrictedImports('src/schema/x.ts', `../${folder}`)).not.toEqual([]);
  });

  it('names the order in its message', async () => {
    const [message] = await restrictedImports('src/verbs/x.ts', '../dialects');
    expect(message).toContain('schema → verbs, decisions, notes → dialects → kinds → model');
    expect(message).toContain('may import only schema.');
    const [floor] = await restrictedImports('src/schema/flow.ts', '../model/flow');
    expect(floor).toContain('imports nothing else from src');
  });
});
