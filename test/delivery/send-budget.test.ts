import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { createSendBudget } from '../../src/delivery/create-send-budget.js';
import { createRateWindow } from '../../src/delivery/rate-window.js';

describe('the send budget', () => {
  it('grants a reply before outbox sends that asked earlier, keeping the gap between grants', async () => {
    const clock = fixedClock('2026-02-05T04:00:00Z');
    const waits: number[] = [];
    const budget = createSendBudget(10, clock, async (ms) => {
      waits.push(ms);
      clock.advance(ms);
    });
    const granted: string[] = [];
    const ask = (name: string, priority: 'reply' | 'outbox') => budget.acquire(priority).then(() => granted.push(name));
    const all = [ask('o1', 'outbox'), ask('o2', 'outbox'), ask('o3', 'outbox'), ask('r1', 'reply')];
    await Promise.all(all);
    expect(granted).toEqual(['o1', 'r1', 'o2', 'o3']);
    expect(waits).toEqual([100, 100, 100]);
  });

  it('holds every grant, one already waiting included, until a 429’s retry_after has passed', async () => {
    const clock = fixedClock('2026-02-05T04:00:00Z');
    const start = clock.now().getTime();
    const grantedAt: number[] = [];
    let budget: ReturnType<typeof createSendBudget> | null = null;
    let first = true;
    budget = createSendBudget(10, clock, async (ms) => {
      if (first) budget?.pause(3); // Telegram said 429 while this grant waited for its slot
      first = false;
      clock.advance(ms);
    });
    await budget.acquire('outbox').then(() => grantedAt.push(clock.now().getTime() - start));
    await Promise.all([budget.acquire('outbox'), budget.acquire('reply')].map((p) => p.then(() => grantedAt.push(clock.now().getTime() - start))));
    expect(grantedAt[0]).toBe(0);
    expect(Math.min(...grantedAt.slice(1))).toBeGreaterThanOrEqual(3000);
  });

  it('makes up the slots late timers miss while requests keep waiting, but starts afresh (no burst) after it ran empty', async () => {
    const clock = fixedClock('2026-02-05T04:00:00Z');
    const start = clock.now().getTime();
    // every timer fires 15 ms late, more than a gap (at 1000/s, where the gap is 1 ms, a timer is that late every time)
    // (after a turn of the microtasks, so each grant is stamped before the clock moves on)
    const budget = createSendBudget(100, clock, async (ms) => {
      await Promise.resolve();
      clock.advance(ms + 15);
    });
    const grantedAt: number[] = [];
    const ask = () => budget.acquire('outbox').then(() => grantedAt.push(clock.now().getTime() - start));
    await Promise.all(Array.from({ length: 20 }, ask));
    // on schedule (one 10 ms gap each, only the first timer's lag added): 20 grants by 195 ms, not 19 × 15 = 285
    // on schedule, one 10 ms gap each after the first timer's lag: 20 grants by 205 ms (lag lost every other grant: 250 ms)
    expect(grantedAt[19]).toBe(205);
    expect(grantedAt.filter((at) => at === 25)).toHaveLength(2); // a missed slot is made up, never more than that
    clock.advance(1000); // idle: nothing waits
    grantedAt.length = 0;
    await Promise.all(Array.from({ length: 3 }, ask));
    // the schedule restarts from the first grant after the idle second: one gap each from there, none made up from before
    expect(grantedAt[1]! - grantedAt[0]!).toBeGreaterThanOrEqual(10);
    expect(grantedAt[2]! - grantedAt[0]!).toBeGreaterThanOrEqual(20);
  });

  it('drops a waiting request whose signal aborts', async () => {
    const budget = createSendBudget(1, fixedClock('2026-02-05T04:00:00Z'), () => new Promise((resolve) => setTimeout(resolve, 5)));
    await budget.acquire('outbox');
    const controller = new AbortController();
    const waiting = budget.acquire('reply', controller.signal);
    controller.abort(new Error('update cancelled'));
    await expect(waiting).rejects.toThrow('update cancelled');
  });
});

describe('the sliding second', () => {
  it('lets the next send go a second and a margin after the one `perSecond` places back; a 429 widens the margin, within a bound', () => {
    const window = createRateWindow(3);
    for (const at of [0, 10, 20]) window.record(at);
    expect(window.earliest()).toBe(1020);
    window.widen();
    expect(window.earliest()).toBe(1040);
    for (let i = 0; i < 5; i += 1) window.widen();
    expect(window.earliest()).toBe(1060);
  });

  it('counts a send that left late from its estimated arrival: its answer less the usual round trip', () => {
    const window = createRateWindow(3);
    const first = window.record(0); // the process's first call: it leaves ~58 ms after its grant
    const second = window.record(400);
    const third = window.record(450);
    window.answer(second, 550); // 150 ms round trips
    window.answer(third, 600);
    window.answer(first, 208);
    const usual = 0.9 * 150 + 0.1 * 208;
    // the late leaver's 58 ms more than the usual round trip is jitter too: the margin is 3 × 0.25 × 58
    const margin = 3 * 0.25 * 58;
    expect(window.earliest()).toBeCloseTo(208 - usual + 1000 + margin);
    window.record(1078);
    expect(window.earliest()).toBeCloseTo(400 + 1000 + margin); // the second left on time: its grant counts
  });

  it('keeps the margin at its floor while round trips hold steady, and widens it with their jitter, within the bound', () => {
    const steady = createRateWindow(3);
    for (let i = 0; i < 30; i += 1) steady.answer(steady.record(i * 400), i * 400 + 75);
    expect(steady.earliest()).toBe(27 * 400 + 1000 + 20); // the send three places back, a second, the floor
    // the send three places back (the 27th) comes back quickly each time, so its grant counts: what passes a second is the margin
    const jittery = createRateWindow(3);
    for (let i = 0; i < 30; i += 1) jittery.answer(jittery.record(i * 400), i * 400 + (i % 3 === 0 ? 75 : 105));
    const margin = jittery.earliest() - (27 * 400 + 1000);
    expect(margin).toBeGreaterThan(30);
    expect(margin).toBeLessThan(60);
    const wild = createRateWindow(3);
    for (let i = 0; i < 30; i += 1) wild.answer(wild.record(i * 400), i * 400 + (i % 3 === 0 ? 75 : 400));
    expect(wild.earliest()).toBe(27 * 400 + 1000 + 60);
  });
});

