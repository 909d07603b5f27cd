import { describe, expect, it } from 'vitest';
import { conceptsJudging } from '../../src/answer/concepts-judging.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences: an Arabic report that the lessons will go online, and another paragraph of the story that names none of them.
const hit = (text: string) => ({
  dispatchId: 'd', paragraph: 1, text, score: 1, date: '2027-01-07', lang: 'ar' as const, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId: 's',
});
const word = (forms: string[], documents: number) => ({ group: forms.map((form) => analyseText(form)), place: false, documents, critical: true, entity: false });
const lesson = { ...word(['lessons', 'دروس'], 1), translated: [analyseText('دروس')], dictionary: [analyseText('دروس')], onlyInDictionary: true, lentOnly: true };
const eczema = word(['eczema', 'الأكزيما'], 3);
const lent = { list: [eczema, lesson], total: 40, missing: [] };
const unlent = { list: [eczema, word(['lessons'], 0)], total: 40, missing: ['lesson'] };

describe('an English word widened by the dictionary judges only a passage that names its translation', () => {
  it('judges a passage naming the translation on the widened word', () => {
    expect(conceptsJudging(hit('وقالت الطبيبة إن الدروس ستنقل عبر الإنترنت للأسر البعيدة.'), {}, lent, unlent)).toBe(lent);
  });

  it('judges a passage naming none of it as if the word were not widened, missing as no dispatch holds it', () => {
    expect(conceptsJudging(hit('وقالت الطبيبة إن 90 أسرة سجلت في مدرسة الأكزيما منذ افتتاحها.'), {}, lent, unlent)).toBe(unlent);
  });

  it('judges every passage alike where no English word was widened', () => {
    const concepts = { list: [eczema], total: 40, missing: [] };
    expect(conceptsJudging(hit('وقالت الطبيبة إن 90 أسرة سجلت في مدرسة الأكزيما.'), {}, concepts, concepts)).toBe(concepts);
  });
});
