import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseEntry, newestSourceMtime } from '../../bin/choose-entry.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

/** A checkout with one source file (mtime `sourceAt`) and, when `builtFrom` is given, a dist/ stamped with it. */
function checkout(options: { sourceAt?: number; builtFrom?: number; withSrc?: boolean }) {
  const root = tempDir();
  if (options.withSrc !== false) {
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'main.ts'), 'export {};\n');
    const at = new Date(options.sourceAt ?? 1_000_000);
    utimesSync(join(root, 'src', 'main.ts'), at, at);
    utimesSync(join(root, 'src'), at, at);
  }
  if (options.builtFrom !== undefined) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'build-stamp.json'), JSON.stringify({ newestSourceMtimeMs: options.builtFrom }));
  }
  return root;
}

describe('chooseEntry: dist/ only when it is as new as the sources', () => {
  it('runs the sources when there is no build', () => {
    expect(chooseEntry(checkout({}), {}).run).toBe('src');
  });

  it('runs dist/ when it was built from the current sources', () => {
    const root = checkout({ sourceAt: 1_000_000 });
    const built = checkout({ sourceAt: 1_000_000, builtFrom: newestSourceMtime(root) });
    expect(chooseEntry(built, {}).run).toBe('dist');
  });

  it('runs the sources when one was edited after the build (a stale dist/ never runs)', () => {
    const root = checkout({ sourceAt: 5_000_000, builtFrom: 1_000_000 });
    expect(chooseEntry(root, {})).toEqual({ run: 'src', reason: 'dist/ is older than the sources' });
  });

  it('runs dist/ where there are no sources (the container, an installed package)', () => {
    expect(chooseEntry(checkout({ withSrc: false, builtFrom: 0 }), {}).run).toBe('dist');
  });

  it('WIREBRIEF_RUN forces either side, and dist without a build is an error', () => {
    expect(chooseEntry(checkout({ sourceAt: 5_000_000, builtFrom: 1_000_000 }), { WIREBRIEF_RUN: 'dist' }).run).toBe('dist');
    expect(chooseEntry(checkout({ builtFrom: 9e12 }), { WIREBRIEF_RUN: 'src' }).run).toBe('src');
    expect(() => chooseEntry(checkout({}), { WIREBRIEF_RUN: 'dist' })).toThrow(/npm run build/);
  });
});
