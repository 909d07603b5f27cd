import { describe, expect, it } from 'vitest';
import { asksWhether, asksWhetherItWill } from '../../src/answer/asks-whether.js';

describe('asksWhether: a yes-or-no question', () => {
  it('reads an English question opened by an auxiliary as asking whether', () => {
    expect(asksWhether('Are the parks shut because of the heat?')).toBe(true);
    expect(asksWhether('can residents apply for the grant online?')).toBe(true);
    expect(asksWhether('any delays at the port this week?')).toBe(true);
    expect(asksWhether('any news on the port strike?')).toBe(false);
    expect(asksWhether('what did the port authority say?')).toBe(false);
  });

  it('reads an Arabic question with هل, or with no asking word, as asking whether', () => {
    expect(asksWhether('هل تغلق الحدائق بسبب الحر؟')).toBe(true);
    expect(asksWhether('الحدائق مسكرة اليوم؟')).toBe(true);
    expect(asksWhether('شنو قالت البلدية عن الحدائق؟')).toBe(false);
    expect(asksWhether('بأي ملعب لعبوا النهائي؟')).toBe(false);
    expect(asksWhether('شصار بالحديقة أمس؟')).toBe(false);
  });
});

describe('asksWhetherItWill: whether a thing is to come', () => {
  it('reads "will", "going to" and the Arabic future on a verb', () => {
    expect(asksWhetherItWill('Will the library open a branch in Jahra?')).toBe(true);
    expect(asksWhetherItWill('is the club going to hire a new coach?')).toBe(true);
    expect(asksWhetherItWill('بيفتحون فرع للمكتبة بالجهراء؟')).toBe(true);
    expect(asksWhetherItWill('هل ستفتح المكتبة فرعا في الجهراء؟')).toBe(true);
  });

  it('leaves a question of what was, and a noun that begins as the future does', () => {
    expect(asksWhetherItWill('did the library open a branch in Jahra?')).toBe(false);
    expect(asksWhetherItWill('في سيارات جديدة للدوريات؟')).toBe(false);
    expect(asksWhetherItWill('هل صدر بيان عن الوزارة؟')).toBe(false);
    expect(asksWhetherItWill('Will you tell me what the library said?')).toBe(true);
  });
});
