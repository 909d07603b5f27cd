import { fileURLToPath } from 'node:url';

/** The sample KUNA Arabic dispatch shipped in seeds/. */
export const seedPath = fileURLToPath(new URL('../../seeds/kuna-ar-2026-02-04-beijing.txt', import.meta.url));

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
