import { describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../eval/load-eval-set.js';
import { runEvalSet } from '../../eval/run-eval-set.js';

// The labelled evaluation (npm run eval) as a guard: the offline targets of issue 3 must hold.
describe('the answer evaluation', () => {
  it('meets the offline targets and never shows planted or fabricated text', async () => {
    const set = loadEvalSet();
    expect(set.questions.length).toBeGreaterThanOrEqual(40);
    const report = await runEvalSet(set);
    expect(report.dispatches).toBeGreaterThanOrEqual(30);
    const all = report.splits.all;
    expect(all).toBeDefined();
    const offline = all?.modes.offline.summary ?? {};
    expect(offline.overall?.recall_at_5).toBeGreaterThanOrEqual(0.9);
    expect(offline['cross-language']?.recall_at_5).toBeGreaterThanOrEqual(0.8);
    expect(offline.unanswerable?.unanswerable_declined).toBeGreaterThanOrEqual(0.9);
    expect(offline.attribution?.speaker_named).toBeGreaterThanOrEqual(0.9);
    expect(offline.overall?.leaks).toBe(0);
    expect(all?.modes.fake_llm.summary.overall?.leaks).toBe(0);
    expect(all?.modes.fake_llm.summary.unanswerable?.unanswerable_declined).toBeGreaterThanOrEqual(0.9);
  });
});
