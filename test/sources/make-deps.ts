import { join } from 'node:path';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/deps.js';
import { createLogger } from '../../src/logger.js';
import { openStores } from '../../src/store/open-stores.js';
import { telegramPresenter } from '../../src/telegram/presenter.js';

/** Deps on a real SQLite file in `dir`, a fixed clock and a silent logger. */
export function makeDeps(dir: string, env: Record<string, string> = {}, at = '2026-02-05T08:00:00Z') {
  const clock = fixedClock(at);
  const deps: Deps = {
    config: loadConfig(env),
    stores: openStores(join(dir, 'store.db')),
    llm: null,
    logger: createLogger('silent'),
    clock,
    presenter: telegramPresenter,
  };
  return { deps, clock };
}
