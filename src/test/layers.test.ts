/**
 * The layer rule in eslint.config.js (issue 16): each core layer imports only the layers below it,
 * and only src/server/node.ts and nodeHttp.ts use Node. Lints small snippets as if they were
 * files in src/.
 */
import { describe, expect, it } from 'vitest';
import { restrictedImports } from './restrictedImports';

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
  ])('allows %s importing %s', async (file, from) => {
    expect(await restrictedImports(file, from)).toEqual([]);
  });

  it('names the order in its message', async () => {
    const [message] = await restrictedImports('src/verbs/x.ts', '../dialects');
    expect(message).toContain('schema → verbs → decisions → dialects → model');
    expect(message).toContain('may import only schema');
  });
});
