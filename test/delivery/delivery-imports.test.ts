import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const deliveryDir = fileURLToPath(new URL('../../src/delivery/', import.meta.url));

describe('src/delivery', () => {
  it('imports nothing from telegram/ (presentation stays at the edge)', () => {
    const files = readdirSync(deliveryDir).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const offending = files.filter((name) => /from\s+['"][^'"]*\/telegram\//.test(readFileSync(deliveryDir + name, 'utf8')));
    expect(offending).toEqual([]);
  });
});
