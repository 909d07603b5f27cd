import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStores, type Stores } from '../../src/store/open-stores.js';
import { startLimitedBotApi, type FaultPlan } from './fake-bot-api-limits.js';
import { useTempDir } from './temp-dir.js';

/** A fresh store and a limited fake Bot API per test, both closed after it. */
export function useSenderFixture() {
  const tempDir = useTempDir();
  let stores: Stores | null = null;
  let closeApi: (() => Promise<void>) | null = null;
  afterEach(async () => {
    stores?.close();
    stores = null;
    await closeApi?.();
    closeApi = null;
  });
  return {
    openStore(): Stores {
      stores = openStores(join(tempDir(), 'store.db'));
      return stores;
    },
    async startApi(plan: FaultPlan) {
      const api = await startLimitedBotApi(plan);
      closeApi = api.close;
      return api;
    },
  };
}
