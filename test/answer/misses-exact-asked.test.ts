import { describe, expect, it } from 'vitest';
import { asksExact, missesExactAsked } from '../../src/answer/misses-exact-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';

const passage = (text: string) => toldStory([text]);

describe('near misses: an exact figure asked, a passage that only estimates or bounds it', () => {
  it('reads an exact figure asked in both languages and the Gulf spelling', () => {
    expect(asksExact('how many substations did they hit exactly?')).toBe(true);
    expect(asksExact('كم غرامة إعادة استخدام الشفرات بالضبط؟')).toBe(true);
    expect(asksExact('كم طن بالظبط؟')).toBe(true);
    expect(asksExact('What is the exact number of flights?')).toBe(true);
    expect(asksExact('how many substations did they hit?')).toBe(false);
  });

  it('takes a figure hedged before or after for an estimate, a date for no figure', () => {
    expect(missesExactAsked('Police say the men stole about three tonnes of cable.', false)).toBe(true);
    expect(missesExactAsked('ضبطوا متهمين سرقوا نحو ثلاثة أطنان من الكابلات', false)).toBe(true);
    expect(missesExactAsked('سرقوا 3 أطنان تقريبا', false)).toBe(true);
    expect(missesExactAsked('On August 9 police said the men stole about three tonnes of cable.', false)).toBe(true);
    expect(missesExactAsked('Police arrested five men who stole about three tonnes of cable.', false)).toBe(false);
    expect(missesExactAsked('The storm cut power to 340 homes.', false)).toBe(false);
  });

  it('reads a month only as a whole word: "3 markets" and "Decision 45" tell exact figures', () => {
    expect(missesExactAsked('Inspectors fined about 40 traders at 3 markets.', false)).toBe(false);
    expect(missesExactAsked('Ministerial Decision 45 fined about 200 firms.', false)).toBe(false);
    expect(missesExactAsked('On Dec. 3 inspectors fined about 40 traders.', false)).toBe(true);
    expect(missesExactAsked('Inspectors fined about 40 traders on 3 March.', false)).toBe(true);
  });

  it('reads only amounts of money when money is asked', () => {
    const fine = 'وقال إن المفتشين حرروا 67 مخالفة، وإن غرامة المخالفة الواحدة قد تصل إلى 1000 دينار.';
    expect(missesExactAsked(fine, true)).toBe(true);
    expect(missesExactAsked(fine, false)).toBe(false);
    expect(missesExactAsked('Drivers breaking the limit are fined KD 100.', true)).toBe(false);
  });

  it('is one of the near-miss checks, for a count or money asked exactly', () => {
    expect(nearMissOf(nearMissQuestion('كم الغرامة بالضبط؟'))(passage('وإن غرامة المخالفة قد تصل إلى 1000 دينار.'))).toBe(true);
    expect(nearMissOf(nearMissQuestion('كم الغرامة بالضبط؟'))(passage('وإن غرامة المخالفة 1000 دينار.'))).toBe(false);
    expect(nearMissOf(nearMissQuestion('how many tonnes of cable were stolen exactly?'))(passage('The men stole about three tonnes of cable.'))).toBe(true);
    expect(nearMissOf(nearMissQuestion('how many tonnes of cable were stolen?'))(passage('The men stole about three tonnes of cable.'))).toBe(false);
  });
});
