import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { normaliseQuestion } from '../../src/text/normalise-question.js';

const tokensOf = (groups: string[][][]) => groups.flat(2);
const groupWith = (groups: string[][][], token: string) => groups.find((group) => group.some((phrase) => phrase.includes(token))) ?? [];

describe('a gazetteer topic the lexicon translates alike', () => {
  it('holds the lexicon’s forms too: a weather question finds الأرصاد الجوية (English and Arabic)', () => {
    const jawwiya = analyseText('الجوية')[0] as string;
    for (const question of ['What is the weather like in Kuwait?', 'كيف الطقس في الكويت؟']) {
      const weather = groupWith(expandQuery(question).groups, 'weather');
      expect(weather).toContainEqual([jawwiya]);
      expect(weather).toContainEqual(analyseText('الطقس'));
    }
  });

  it('stays apart from a lexicon concept that shares only one language’s word: traded (تداول) is not trade (التجارة)', () => {
    const groups = expandQuery('Which stock was the most traded on Boursa Kuwait?').groups;
    const trade = groupWith(groups, 'trade');
    expect(tokensOf([trade])).not.toContain(analyseText('تداول')[0]);
    expect(tokensOf([trade])).not.toContain('turnover');
  });
});

describe('question words of the dialect', () => {
  it('drops the verb “do” as English drops “did”', () => {
    expect(expandQuery(normaliseQuestion('وش سوت البلدية؟')).groups).toEqual(expandQuery('ماذا فعلت البلدية؟').groups);
    expect(tokensOf(expandQuery('ماذا فعلت البلدية؟').groups)).not.toContain('فعلت');
    expect(tokensOf(expandQuery('what did the municipality do?').groups)).not.toContain('do');
  });

  it('drops the dialect’s negation as English drops “not”', () => {
    expect(tokensOf(expandQuery('ليش أول رمضان الخميس مو الأربعاء؟').groups)).not.toContain('مو');
    expect(tokensOf(expandQuery('why is Ramadan on Thursday, not Wednesday?').groups)).not.toContain('not');
  });
});
