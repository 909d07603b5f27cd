import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const telegram = fileURLToPath(new URL('../../src/telegram/', import.meta.url));
const locales = ['en', 'ar'] as const;

/** Each message id of a Fluent file with the variables it uses. */
export function fluentMessages(ftl: string): Map<string, Set<string>> {
  const messages = new Map<string, Set<string>>();
  let current: Set<string> | null = null;
  for (const line of ftl.split('\n')) {
    const start = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
    if (start) messages.set(start[1] as string, (current = new Set()));
    else if (!/^\s/.test(line)) current = null;
    for (const [, name] of line.matchAll(/\{\s*\$([\w-]+)/g)) current?.add(name as string);
  }
  return messages;
}

/** What one language lacks or has in excess of the other: keys, and variables per key. */
export function parityProblems(a: Map<string, Set<string>>, b: Map<string, Set<string>>, names: [string, string]): string[] {
  const problems: string[] = [];
  for (const [from, to, [fromName, toName]] of [[a, b, names], [b, a, [names[1], names[0]]]] as const) {
    for (const [key, vars] of from) {
      const other = to.get(key);
      if (!other) problems.push(`${key}: in ${fromName}, missing in ${toName}`);
      else for (const v of vars) if (!other.has(v)) problems.push(`${key}: $${v} in ${fromName}, not in ${toName}`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the Fluent files', () => {
  const messages = Object.fromEntries(locales.map((l) => [l, fluentMessages(readFileSync(join(telegram, 'locales', `${l}.ftl`), 'utf8'))])) as Record<(typeof locales)[number], Map<string, Set<string>>>;

  it('hold the same keys, with the same variables, in Arabic and English', () => {
    expect(messages.en.size).toBeGreaterThan(50);
    expect(parityProblems(messages.en, messages.ar, ['en', 'ar'])).toEqual([]);
  });

  it('hold every key the code asks for by name', () => {
    const used = new Set(
      sourceFiles(telegram).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z][\w-]*)'/g)].map((m) => m[1] as string)),
    );
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((key) => locales.some((l) => !messages[l].has(key)));
    expect(missing).toEqual([]);
  });

  it('the parity check fails on a key or a variable missing in either language', () => {
    const en = fluentMessages('hello = Hello { $name }\nbye = Bye\nmulti =\n    Line { $count }\n');
    const ar = fluentMessages('hello = أهلا\nmulti =\n    سطر { $count }\nextra = زيادة\n');
    expect(parityProblems(en, ar, ['en', 'ar'])).toEqual(['hello: $name in en, not in ar', 'bye: in en, missing in ar', 'extra: in ar, missing in en']);
  });
});
