import { describe, expect, it } from 'vitest';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import type { Concept, Concepts } from '../../src/answer/weigh-concepts.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

// Our own sentences. Money asked of a thing the passage's language has no form for ("how much is the prize for the teqball
// champion", no Arabic form listed for "teqball"): the prize, the champion and an amount are words of any contest's story,
// so the passage must be tied to the thing by its story's other version; naming every other topic is not enough.
const hit = (text: string): PassageHit => ({
  dispatchId: 'd1', paragraph: 1, text, score: 1, date: '2026-10-31', lang: 'ar', agency: 'KUNA', headline: 'دوري الفلوربول', dateline: null, urgent: false, storyId: 's1',
});
const concept = (group: string[][], documents: number): Concept => ({ group, place: false, documents, critical: true, entity: false });
const asked = [concept([['teqball']], 2), concept([['prize'], ['جائز']], 6), concept([['champion'], ['بطل']], 9)];
const concepts = (money: boolean): Concepts => ({ list: asked, total: 100, missing: [], ...(money ? { money } : {}) });
const other = 'وقال أمين سر اللجنة إن الدوري ينتهي في فبراير، وإن جائزة البطل خمسة آلاف دينار.';

describe('money asked of a thing the passage language cannot write', () => {
  it("another story's amount, naming every other topic, does not answer", () => {
    expect(isRelevant(hit(other), {}, concepts(true), false, null)).toBe(false);
  });
  it('the same passage still answers a question that asks no money', () => {
    expect(isRelevant(hit(other), {}, concepts(false), false, null)).toBe(true);
  });
  it("a passage whose story's other version names the thing answers", () => {
    const setting = { parallel: 'The teqball committee said the champion would receive a prize of KD 5,000.' };
    expect(isRelevant(hit(other), setting, concepts(true), false, null)).toBe(true);
  });
});
