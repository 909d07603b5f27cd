import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

describe('the repository stands alone', () => {
  it('has an architecture document linked from the README', () => {
    expect(existsSync(join(root, 'docs', 'architecture.md'))).toBe(true);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](docs/architecture.md)');
  });

  it('every relative link in README.md and docs/ points at a file inside the repository', () => {
    const broken: string[] = [];
    for (const document of documents) {
      const text = readFileSync(join(root, document), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!) || target!.startsWith('#')) continue;
        const path = resolve(dirname(join(root, document)), target!.split('#')[0]!);
        if (relative(root, path).startsWith('..') || !existsSync(path)) broken.push(`${document}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
