import { describe, expect, it } from 'vitest';
import { runReplicaFanoutCase } from '../../bench/fanout-replicas-bench.js';
import { testDatabaseUrl } from '../helpers/store-backends.js';

// The benchmark's case on a small scale: real `wirebrief bot` processes, a real PostgreSQL, the limited fake Bot API.
describe.skipIf(!testDatabaseUrl)('the fan-out benchmark through replicas (npm run bench -- --pg)', () => {
  it('2 replicas: one sender, every subscriber reached once, no 429, the outbox drained, the figures of what the fake saw', async () => {
    const result = await runReplicaFanoutCase(testDatabaseUrl as string, { replicas: 2, latencyMs: 50, limitPerS: 30, subscribers: 60 });
    expect(result).toMatchObject({ replicas: 2, senders: 1, latency_ms: 50, limit_per_s: 30, subscribers: 60, delivered: 60, lost: 0, duplicates: 0, rate_limited: 0 });
    expect(result.drain_s).not.toBeNull();
    expect(result.delivered_per_s).toBeGreaterThan(0);
    expect(result.of_limit).toBeCloseTo(result.delivered_per_s / 30, 1);
    expect(result.max_in_flight).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
