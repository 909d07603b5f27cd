import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { spellArabicDuals } from '../../src/text/spell-arabic-duals.js';

// Our own sentences: a museum ticket, a meeting, a delegation, a squad.
describe('spellArabicDuals: a dual that counts two, written as the figure and its singular', () => {
  it('writes a dual of the closed list as 2 and its singular, the preposition or article before it dropped', () => {
    expect(spellArabicDuals('تذكرة المتحف بدينارين للزائر')).toBe('تذكرة المتحف 2 دينار للزائر');
    expect(spellArabicDuals('التقى وزيران من البلدين')).toBe('التقى 2 وزير من البلدين');
    expect(analyseText(spellArabicDuals('تأجل الاجتماع مرتين'))).toEqual([...analyseText('تأجل الاجتماع'), '2', ...analyseText('مرة')]);
  });

  it('leaves a sound plural, a name and a word of no dual alone', () => {
    expect(spellArabicDuals('شارك لاعبين من النادي')).toBe('شارك لاعبين من النادي');
    expect(spellArabicDuals('زار الوفد لبنان وعمان يوم الاثنين')).toBe('زار الوفد لبنان وعمان يوم الاثنين');
  });
});
