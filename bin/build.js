#!/usr/bin/env node
// `npm run build` (`--if-stale`: only when dist/ is missing or older than the sources): compiles src/ to dist/src/ with tsc, copies the files read at run time beside it
// (migrations, locales, prompts, seeds) so dist/ mirrors the checkout's layout, and writes the stamp
// bin/wirebrief.js checks before it trusts dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseEntry, newestSourceMtime, sourceRoots } from './choose-entry.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
/** Files and folders read at run time, copied to the same relative place under dist/. */
const assets = ['src/store/migrations', 'src/store/pg-migrations', 'src/telegram/locales', 'prompts', 'seeds'];

// `--if-stale` (npm start): nothing to do when dist/ was built from the current sources.
if (process.argv.includes('--if-stale') && chooseEntry(root, {}).run === 'dist') process.exit(0);

const startedAt = Date.now();
const newest = newestSourceMtime(root);
rmSync(dist, { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('build: tsc failed; dist/ not written\n');
  rmSync(dist, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
for (const asset of assets) cpSync(join(root, asset), join(dist, asset), { recursive: true });
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'build-stamp.json'), `${JSON.stringify({ builtAt: new Date().toISOString(), newestSourceMtimeMs: newest, sources: sourceRoots }, null, 2)}\n`);
process.stderr.write(`build: dist/ written in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
