import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tellsFigureAskedOnlyHere } from '../../src/answer/figure-asked-only-here.js';
import { scaledNumberWords } from '../../src/answer/scaled-number-words.js';
import { questionFigures } from '../../src/answer/figure-telling-first.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { openWireStore } from '../helpers/open-wire-store.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('scaledNumberWords', () => {
  it('reads a round thousand or million written in words, in either language', () => {
    expect(scaledNumberWords('وإن جائزة البطل خمسة آلاف دينار.')).toEqual(new Set(['5000']));
    expect(scaledNumberWords('بقيمة ثلاثة ملايين دينار')).toEqual(new Set(['3000000']));
    expect(scaledNumberWords('a prize of five thousand dinars')).toEqual(new Set(['5000']));
  });

  it('reads nothing from a unit alone or a thousand alone', () => {
    expect(scaledNumberWords('بمشاركة خمسة أندية وآلاف المشجعين')).toEqual(new Set());
  });
});

describe('tellsFigureAskedOnlyHere', () => {
  const question = 'who said parents cannot withdraw from the accounts before the child turns 18?';
  const arabic = 'وقالت دانة الشاهين إن ولي الأمر لا يستطيع السحب منها قبل أن يبلغ الطفل 18 عاما.';
  const english = 'Banks launched savings accounts for children under 15 on Saturday.';

  it('holds where the passage tells every figure asked and the asker’s version leaves one out', () => {
    expect(tellsFigureAskedOnlyHere(questionFigures(question), arabic, english)).toBe(true);
  });

  it('reads a round thousand the passage writes in words', () => {
    expect(tellsFigureAskedOnlyHere(questionFigures('who said the champion would get 5,000 dinars?'), 'وإن جائزة البطل خمسة آلاف دينار.', 'The league opened with eight clubs.')).toBe(true);
  });

  it('does not hold for another figure than the one asked', () => {
    expect(tellsFigureAskedOnlyHere(questionFigures(question.replace('18', '21')), arabic, english)).toBe(false);
  });

  it('does not hold where the asker’s version tells the figure too, nor where none was read, nor where no figure is asked', () => {
    expect(tellsFigureAskedOnlyHere(questionFigures(question), arabic, `${english} Parents may not withdraw before the child is 18.`)).toBe(false);
    expect(tellsFigureAskedOnlyHere(questionFigures(question), arabic, '')).toBe(false);
    expect(tellsFigureAskedOnlyHere(questionFigures('who said parents cannot withdraw from the accounts?'), arabic, english)).toBe(false);
  });
});

const tempDir = useTempDir();
const now = new Date('2026-03-20T12:00:00Z');

// Written for this test: one story in both languages from one report, the Arabic version adding a rule with a
// figure the English leaves out, in words the lexicons do not bridge ("withdraw", `السحب`); another story
// holds "withdraw" and "parents", as a store of any size does.
const wire = [
  {
    date: '2026-03-14T10:00:00Z',
    text: `التاريخ : 14/03/2026
بنوك الكويت تطلق حسابات ادخار للأطفال
الكويت - 14 - 3 (كونا) -- أطلقت البنوك الكويتية اليوم السبت حسابات ادخار للأطفال دون 15 عاما تفتح بمبلغ 10 دنانير، بحسب اتحاد مصارف الكويت.
وقالت رئيسة لجنة التوعية في الاتحاد نورة الفرحان لـ(كونا) إن ولي الأمر لا يستطيع السحب من الحساب قبل أن يبلغ الطفل 18 عاما.(النهاية)
ن ف / ع ك
`,
  },
  {
    date: '2026-03-14T10:30:00Z',
    text: `Kuwait banks launch savings accounts for children
KUWAIT, March 14 (KUNA) -- Kuwaiti banks launched savings accounts for children under 15 on Saturday, opened with KD 10, the Kuwait Banking Association said.
Noura Al-Farhan, head of the association's awareness committee, told KUNA that 11 banks were offering the accounts. (end)
nf.ak
`,
  },
  {
    date: '2026-03-15T09:00:00Z',
    text: `Kuwait withdraws from regional chess event
KUWAIT, March 15 (KUNA) -- Kuwait withdrew its junior team from the regional chess championship on Sunday after parents objected, the chess federation said. (end)
cd.ef
`,
  },
];

async function relevantTo(question: string): Promise<string[]> {
  const stores = await openWireStore(join(tempDir(), 'store.db'), wire);
  try {
    const retrieval = await retrievePassages(stores.dispatches, question, now, { timeZone: 'Asia/Kuwait' });
    return retrieval.relevant.map((hit) => hit.text);
  } finally {
    stores.close();
  }
}

describe('an other-language passage telling the figure the asker quotes, which the asker’s version leaves out', () => {
  it('answers: asked in English who said what only the Arabic version tells', async () => {
    expect(await relevantTo('who said parents can’t withdraw from the children’s accounts before the child turns 18?')).toContainEqual(expect.stringContaining('18 عاما'));
  });

  it('is no answer to the same question with another figure (a near miss)', async () => {
    expect(await relevantTo('who said parents can’t withdraw from the children’s accounts before the child turns 21?')).not.toContainEqual(expect.stringContaining('18 عاما'));
  });
});
