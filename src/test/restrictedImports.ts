/**
 * Lints a one-import snippet as if it were the file `filePath` (relative to the repository) and
 * returns what the layer rule (`no-restricted-imports` in eslint.config.js) says about it: for
 * the layer tests (src/test/layers.test.ts, src/studio/layers.test.ts).
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint | undefined;

/** The rule's messages for `import { x } from '<from>'` in `filePath`; [] when it is allowed. */
export async function restrictedImports(filePath: string, from: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: root });
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, {
    filePath: `${root}${filePath}`,
  });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}
