// Dependency check that needs no advisory service (the registry here refuses `npm audit`, and
// `npm audit signatures` needs Sigstore's servers):
// - package.json pins every dependency to an exact version;
// - package-lock.json gives every package a sha512 integrity hash and, where it names one, an
//   https address on the npm registry (what lockfile-lint checks);
// - what is installed is exactly what the lockfile says (each package's version on disk), and
//   `npm ls --all` finds no missing, invalid or extraneous package.
// Exits 1, listing every problem, when one is found.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const REGISTRY = 'https://registry.npmjs.org/';
const EXACT_VERSION = /^\d+\.\d+\.\d+(-[\w.]+)?$/;

const root = new URL('../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const problems = [];

const manifest = readJson('package.json');
for (const group of ['dependencies', 'devDependencies']) {
  for (const [name, range] of Object.entries(manifest[group] ?? {})) {
    if (!EXACT_VERSION.test(range)) problems.push(`${name}: "${range}" is not an exact version`);
  }
}

const lock = readJson('package-lock.json');
let checked = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (path === '' || entry.link) continue;
  checked += 1;
  if (!entry.integrity?.startsWith('sha512-')) {
    problems.push(`${path}: no sha512 integrity hash in package-lock.json`);
  }
  if (entry.resolved !== undefined && !entry.resolved.startsWith(REGISTRY)) {
    problems.push(`${path}: comes from ${entry.resolved}, not ${REGISTRY}`);
  }
  let installed;
  try {
    installed = readJson(`${path}/package.json`).version;
  } catch {
    // Optional packages for other platforms are in the lockfile but not installed.
    if (!entry.optional) problems.push(`${path}: in package-lock.json but not installed`);
    continue;
  }
  if (installed !== entry.version) {
    problems.push(`${path}: ${installed} installed, ${entry.version} in package-lock.json`);
  }
}

const tree = spawnSync('npm', ['ls', '--all', '--json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (tree.status !== 0) {
  let listed = [];
  try {
    listed = JSON.parse(tree.stdout).problems ?? [];
  } catch {
    // Not JSON: npm itself failed; its message is on stderr.
  }
  problems.push(...(listed.length > 0 ? listed : [`npm ls failed: ${tree.stderr.trim()}`]));
}

if (problems.length > 0) {
  console.error(`Dependency check: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Dependency check: ${checked} packages match package-lock.json, each with its hash.`);
