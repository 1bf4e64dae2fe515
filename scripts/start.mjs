// `npm start`: builds what is stale, then runs the RCML Studio server (dist-server/main.js),
// which serves the built designer (dist/) and its API on one port.
// - The designer is rebuilt (`vite build`) when anything under src/, public/ or vite/, or
//   index.html, vite.config.ts or package.json, is newer than dist/index.html.
// - The server is rebuilt (`npm run build:server`) when anything under src/ or vite/, or
//   package.json, is newer than dist-server/main.js.
// The server then runs in this very process, so it gets SIGINT and SIGTERM itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const at = (path) => join(root, path);

/** The newest modification time of `paths` (files or folders, walked), in ms; 0 for none. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    latest = Math.max(latest, stats.mtimeMs);
    if (stats.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    }
  };
  paths.forEach((path) => visit(at(path)));
  return latest;
}

const builtAt = (path) => (existsSync(at(path)) ? statSync(at(path)).mtimeMs : 0);

function run(what, args) {
  console.log(`RCML Studio: building ${what}…`);
  const result = spawnSync(process.execPath, [at('node_modules/vite/bin/vite.js'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`RCML Studio: building ${what} failed; see the messages above.`);
    process.exit(result.status ?? 1);
  }
}

const designerSources = ['src', 'public', 'vite', 'index.html', 'vite.config.ts', 'package.json'];
if (newest(designerSources) > builtAt('dist/index.html')) run('the designer', ['build']);

const serverSources = ['src', 'vite', 'package.json'];
if (newest(serverSources) > builtAt('dist-server/main.js')) {
  run('the server', ['build', '--config', 'src/studio/build/vite.server.config.ts']);
}

await import(pathToFileURL(at('dist-server/main.js')).href);
