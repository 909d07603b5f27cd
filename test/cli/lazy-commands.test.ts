import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * The packages a module loads at import time: its static value imports (not `import type`, not a
 * dynamic `import()`), followed through the project's own files.
 */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)';/gms)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  visit(join(srcDir, entry));
  return packages;
}

describe('commands are imported when they run', () => {
  it('the CLI entry and `list` load no bot, LLM, feed or PostgreSQL library', () => {
    const loaded = new Set([...packagesLoadedBy('main.ts'), ...packagesLoadedBy('cli/list-command.ts')]);
    for (const heavy of ['grammy', '@grammyjs/runner', '@grammyjs/i18n', '@grammyjs/auto-retry', 'openai', 'rss-parser', 'node-cron', 'pg']) {
      expect(loaded.has(heavy), heavy).toBe(false);
    }
    expect(loaded.has('better-sqlite3')).toBe(true);
  });

  it('the walk does see a command that loads grammY (the check can fail)', () => {
    expect(packagesLoadedBy('cli/bot-command.ts').has('grammy')).toBe(true);
  });
});
