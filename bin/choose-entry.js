// Which code `wirebrief` runs: the compiled dist/ or the TypeScript sources through tsx.
// dist/ is trusted only when its build stamp is at least as new as every source file, so a stale
// dist/ beside edited sources never runs old code in a developer checkout. Without src/ (an
// installed package, the container) dist/ is the only choice. WIREBRIEF_RUN=src|dist overrides.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build compiles or copies: a change to any of them makes dist/ stale. */
export const sourceRoots = ['src', 'prompts', 'seeds'];

/** The newest modification time (ms) of any file or folder under the source roots; 0 when none exist. */
export function newestSourceMtime(root) {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const source of sourceRoots) visit(join(root, source));
  return newest;
}

/**
 * 'dist' or 'src' for the checkout at `root`, with the reason when dist/ exists but is not used.
 * @returns {{ run: 'dist' | 'src', reason?: string }}
 */
export function chooseEntry(root, env = process.env) {
  const stampPath = join(root, 'dist', 'build-stamp.json');
  const forced = env.WIREBRIEF_RUN;
  if (forced === 'src') return { run: 'src' };
  if (forced === 'dist') {
    if (!existsSync(stampPath)) throw new Error('WIREBRIEF_RUN=dist but there is no build: run `npm run build`');
    return { run: 'dist' };
  }
  if (!existsSync(stampPath)) return { run: 'src' };
  if (!existsSync(join(root, 'src'))) return { run: 'dist' };
  const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
  const newest = newestSourceMtime(root);
  if (newest > stamp.newestSourceMtimeMs) return { run: 'src', reason: 'dist/ is older than the sources' };
  return { run: 'dist' };
}
