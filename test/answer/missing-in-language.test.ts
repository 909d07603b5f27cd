import { describe, expect, it } from 'vitest';
import { judgedWithoutMissing, missingIn } from '../../src/answer/missing-in-language.js';
import type { Concepts } from '../../src/answer/weigh-concepts.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-15T08:00:00Z');

// Our own sentences: one beach clean-up told in both languages, the Arabic version adding how many
// divers cleaned the sea floor, which the English version leaves out.
const CLEAN_UP = `Date : 14/03/2026
KUWAIT, March 14 (KUNA) -- The Environment Public Authority cleaned 12 beaches on Saturday in a campaign that collected 3 tonnes of waste, campaign director Khalid Al-Mutairi said. (end)
ab.cd

التاريخ : 14/03/2026
الكويت - 14 - 3 (كونا) -- نظفت الهيئة العامة للبيئة اليوم السبت 12 شاطئا في حملة جمعت 3 أطنان من النفايات.
وقال مدير الحملة خالد المطيري إن 75 غواصا شاركوا في تنظيف قاع البحر قرب الشواطئ.(النهاية)
ع م / س ر
`;

// The same story with no figure only the Arabic version gives.
const CLEAN_UP_ALIKE = `Date : 14/03/2026
KUWAIT, March 14 (KUNA) -- The Environment Public Authority cleaned 12 beaches on Saturday in a campaign that collected 3 tonnes of waste, campaign director Khalid Al-Mutairi said. (end)
ab.cd

التاريخ : 14/03/2026
الكويت - 14 - 3 (كونا) -- نظفت الهيئة العامة للبيئة اليوم السبت 12 شاطئا في حملة جمعت 3 أطنان من النفايات، وفق مدير الحملة خالد المطيري.(النهاية)
ع م / س ر
`;

const ask = (wire: string, question: string) => askOnWire(tempDir(), wire, question, now);

const concept = (group: string[][], documents: number) => ({ group, place: false, documents, critical: true, entity: false });
const concepts = (list: ReturnType<typeof concept>[]): Concepts => ({ list, total: 10, missing: list.filter((c) => c.documents === 0).map((c) => c.group[0]?.join(' ') ?? '') });

describe('a word no dispatch holds, asked across languages', () => {
  it('is missing only where a language can write it', () => {
    const asked = concepts([concept([['diver']], 0), concept([['beach'], ['شاطئ']], 2)]);
    expect(missingIn(asked, 'en')).toEqual(['diver']);
    expect(missingIn(asked, 'ar')).toEqual([]);
    expect(missingIn(concepts([concept([['diver'], ['غواص']], 0)]), 'ar')).toEqual(['diver']);
  });

  it('lets a passage be judged without it only for a figure its story\'s other version does not tell', () => {
    const asked = concepts([concept([['diver']], 0), concept([['beach'], ['شاطئ']], 2)]);
    expect(judgedWithoutMissing(asked, 'number', 'ar', () => true)).toBe(true);
    expect(judgedWithoutMissing(asked, 'number', 'ar', () => false)).toBe(false);
    expect(judgedWithoutMissing(asked, null, 'ar', () => true)).toBe(false);
    expect(judgedWithoutMissing(asked, 'number', 'en', () => true)).toBe(false);
    expect(judgedWithoutMissing(concepts([concept([['beach']], 2)]), null, 'en', () => false)).toBe(true);
  });

  it('answers from the version that adds the figure', async () => {
    const result = await ask(CLEAN_UP, 'How many divers took part in the beach clean-up campaign?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/75 غواصا/);
  });

  it('declines when neither version adds a figure: the word is what the story does not tell', async () => {
    const result = await ask(CLEAN_UP_ALIKE, 'How many divers took part in the beach clean-up campaign?');
    expect(result.found).toBe(false);
  });

  it('declines a yes-or-no question on a word no dispatch holds', async () => {
    const result = await ask(CLEAN_UP, 'Were the divers paid for the beach clean-up campaign?');
    expect(result.found).toBe(false);
  });
});
