import { describe, expect, it } from 'vitest';
import { figureTellingFirst, questionFigures } from '../../src/answer/figure-telling-first.js';
import { attributeSentences } from '../../src/answer/find-speaker.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';

const hit = (dispatchId: string, storyId: string, lang: 'ar' | 'en', text: string): PassageHit => ({
  dispatchId, paragraph: 1, text, score: 1, date: '2026-09-09', lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId,
});

describe('the paragraph writing the figure the question quotes, first within its story', () => {
  it('reads the figures a question quotes, not its years or days of a month', () => {
    expect([...questionFigures('من قال إن 12 منتخبا شاركت في بطولة الدوحة؟')]).toEqual(['12']);
    expect([...questionFigures('What happened on 31 August 2026?')]).toEqual([]);
    expect([...questionFigures('ماذا جرى يوم 31 أغسطس؟')]).toEqual([]);
    expect([...questionFigures('who said 5 teams took part?')]).toEqual([]);
  });

  it('reads a month only as a whole word: the 12 of "12 markets" is quoted, the 14 of "Dec. 14" dates', () => {
    expect([...questionFigures('who said 12 markets would close?')]).toEqual(['12']);
    expect([...questionFigures('who said 12 decisions were taken?')]).toEqual(['12']);
    expect([...questionFigures('what did the council decide on Dec. 14?')]).toEqual([]);
    expect([...questionFigures('what did the council decide on 14 March?')]).toEqual([]);
  });

  it('puts the version that writes the figure before the reader’s own, and keeps the stories in order', () => {
    const own = hit('ar-1', 'gulf-open', 'ar', 'وقال مدير المنتخب خالد العنزي إن المنتخب يستعد للبطولة الآسيوية.');
    const other = hit('en-1', 'gulf-open', 'en', 'Team manager Khalid Al-Anezi said 12 teams from six countries had taken part.');
    const another = hit('ar-2', 'nationals', 'ar', 'شارك 12 لاعبا في البطولة الوطنية.');
    expect(figureTellingFirst([own, other, another], new Set(['12'])).map((h) => h.dispatchId)).toEqual(['en-1', 'ar-1', 'ar-2']);
    expect(figureTellingFirst([own, other, another], new Set()).map((h) => h.dispatchId)).toEqual(['ar-1', 'en-1', 'ar-2']);
  });
});

describe('the agency a speaker tells is no speaker', () => {
  it('gives a sentence told to KUNA to the person who told it, a name no list holds, in either language', () => {
    expect(attributeSentences(['Team manager Khalid Al-Anezi told KUNA 12 teams had taken part.'], 0)[0]?.speaker).toBe('unlisted:Khalid Al-Anezi');
    expect(attributeSentences(['وقال مدير المنتخب خالد العنزي ل(كونا) إن 12 منتخبا شاركت.'], 0)[0]?.speaker).toBe('unlisted:خالد العنزي');
    expect(attributeSentences(['KUNA reported that 12 teams had taken part.'], 0)[0]?.speaker).toBe('kuna');
  });
});
