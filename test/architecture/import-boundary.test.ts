import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
/** The layers below the presentation: they return data and never import from telegram/. */
const CORE = ['digest', 'answer', 'delivery', 'store', 'search', 'ingest', 'dispatch', 'text'];

/** Every module specifier a TypeScript file imports or re-exports, static or dynamic. */
export function importSpecifiers(source: string): string[] {
  const pattern = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...source.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

/** Whether `specifier`, imported from `file`, lands in src/telegram/. */
function reachesTelegram(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = relative(src, resolve(dirname(file), specifier));
  return target === 'telegram' || target.startsWith(`telegram${sep}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('presentation in one layer', () => {
  it('no module of the core imports from telegram/', () => {
    const offences = CORE.flatMap((layer) => filesUnder(join(src, layer))).flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8'))
        .filter((specifier) => reachesTelegram(file, specifier))
        .map((specifier) => `${relative(src, file)} imports ${specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it('no module of the core keeps a table of sentences by language (they live in the Fluent files)', () => {
    const tables = CORE.flatMap((layer) => filesUnder(join(src, layer))).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:const|let)\s+(\w+)\s*:\s*Record<[^=]*\bLang\b/g)].map((m) => `${relative(src, file)}: ${m[1]}`),
    );
    // the one allowed: the language's name inside an LLM prompt, which no reader sees
    expect(tables).toEqual([join('answer', 'load-prompt.ts: promptLanguageNames')]);
  });

  it('the check sees every form of import (so it can fail)', () => {
    const source = [
      "import { a } from '../telegram/a.js';",
      "import type { B } from '../telegram/b.js';",
      "export { c } from '../telegram/c.js';",
      "import '../telegram/d.js';",
      "const e = await import('../telegram/e.js');",
      "import {\n  f,\n  g,\n} from '../telegram/features/f.js';",
    ].join('\n');
    const file = join(src, 'digest', 'x.ts');
    expect(importSpecifiers(source).filter((s) => reachesTelegram(file, s))).toHaveLength(6);
    expect(reachesTelegram(join(src, 'digest', 'deep', 'x.ts'), '../../telegram/a.js')).toBe(true);
    expect(reachesTelegram(file, './telegram-words.js')).toBe(false);
    expect(reachesTelegram(file, 'grammy')).toBe(false);
  });
});
