import { describe, expect, it } from 'vitest';
import { judgedWithoutMissing } from '../../src/answer/missing-in-language.js';
import { waivableMissingWord } from '../../src/answer/waivable-missing-word.js';
import type { Concept, Concepts } from '../../src/answer/weigh-concepts.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-15T08:00:00Z');

// Our own sentences: a tree-planting campaign told in both languages, the Arabic version adding that the
// campaign will reach the parks of two more governorates, in words of its own.
const TREES = `Date : 14/03/2026
KUWAIT, March 14 (KUNA) -- Volunteers planted 4,000 trees in Sabah Al-Ahmad City on Saturday in a greening campaign, organiser Noura Al-Shammari said. (end)
ab.cd

التاريخ : 14/03/2026
الكويت - 14 - 3 (كونا) -- زرع متطوعون اليوم السبت 4000 شجرة في مدينة صباح الأحمد ضمن حملة تشجير.
وقالت منظمة الحملة نورة الشمري إن الحملة ستشمل حدائق الجهراء والعاصمة الشهر المقبل.(النهاية)
ع م / س ر
`;

const ask = (question: string) => askOnWire(tempDir(), TREES, question, now);

const concept = (word: string, documents: number, more: Partial<Concept> = {}): Concept => ({ group: [[word]], place: false, documents, critical: true, entity: false, ...more });
const concepts = (list: Concept[]): Concepts => ({ list, total: 10, missing: list.filter((c) => c.critical && c.documents === 0).map((c) => c.group[0]?.join(' ') ?? '') });

describe('the one word of a question no dispatch holds', () => {
  it('may be left out where it is the only word no dispatch holds', () => {
    expect(waivableMissingWord('is the beach campaign widening', concepts([concept('beach', 2), concept('campaign', 3), concept('widen', 0)]), null)).toBe(true);
  });

  it('may not where another word is held by no dispatch, critical or not', () => {
    expect(waivableMissingWord('were the divers paid for the campaign', concepts([concept('diver', 0), concept('paid', 0, { critical: false }), concept('campaign', 3)]), null)).toBe(false);
    expect(waivableMissingWord('is the campaign widening nationwide', concepts([concept('campaign', 3), concept('widen', 0), concept('nationwid', 0)]), null)).toBe(false);
  });

  it('may not where it places the thing asked or names the kind a "which" asks', () => {
    expect(waivableMissingWord('were beaches cleaned at fintas', concepts([concept('beach', 2), concept('clean', 2), concept('fintas', 0, { located: true })]), null)).toBe(false);
    expect(waivableMissingWord('which glove brand did the campaign use', concepts([concept('glove', 1), concept('brand', 0), concept('campaign', 3)]), null)).toBe(false);
    expect(waivableMissingWord('what brand are the campaign gloves', concepts([concept('brand', 0), concept('campaign', 3), concept('glove', 1)]), null)).toBe(false);
  });

  it('may not where the question asks who, or for a figure', () => {
    const asked = concepts([concept('sponsor', 0), concept('campaign', 3)]);
    expect(waivableMissingWord('who sponsored the campaign', asked, 'person')).toBe(false);
    expect(waivableMissingWord('how many sponsors did the campaign have', asked, 'number')).toBe(false);
    expect(waivableMissingWord('where do the sponsors of the campaign come from', asked, 'place')).toBe(true);
  });

  it('lets a passage that names the rest be judged without it, whatever the question asks', () => {
    const asked = concepts([concept('widen', 0), concept('campaign', 3)]);
    expect(judgedWithoutMissing(asked, null, 'ar', () => false, () => false, () => true)).toBe(true);
    expect(judgedWithoutMissing(asked, null, 'ar', () => false, () => false, () => false)).toBe(false);
  });

  it('answers from the version that tells the fact in its own words', async () => {
    const result = await ask('is the tree campaign widening?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/ستشمل حدائق الجهراء/);
  });

  it('still declines when a second word of the question is held by no dispatch', async () => {
    const result = await ask('is the tree campaign widening nationwide?');
    expect(result.found).toBe(false);
  });
});
