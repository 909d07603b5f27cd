import { describe, expect, it } from 'vitest';
import { asksDoerOfKind, namesDoerByKind } from '../../src/answer/names-doer-by-kind.js';
import { normaliseArabic } from '../../src/text/analyse-arabic.js';

const fold = (text: string) => normaliseArabic(text).toLowerCase();

// Our own sentences: a school bus paid for, shelves donated, a speaker that is a company.
describe('namesDoerByKind: a doer named by its kind outside the attribution', () => {
  it('finds the kind anywhere when nothing is attributed', () => {
    expect(namesDoerByKind(fold('A charity pays for the school bus.'), [])).toBe(true);
    expect(namesDoerByKind(fold('الرفوف تبرعت بها الشركات المحلية.'), [])).toBe(true);
    expect(namesDoerByKind(fold('The bus leaves at seven.'), [])).toBe(false);
  });

  it('leaves out a kind that stands inside the attribution', () => {
    const sentence = fold('The plant will reopen in March, the company said.');
    const at = sentence.indexOf('the company said');
    expect(namesDoerByKind(sentence, [[at, sentence.length]])).toBe(false);
    expect(namesDoerByKind(sentence, [])).toBe(true);
  });

  it('does not take a family for a doer: the wire tells of one as those an event befell', () => {
    expect(namesDoerByKind(fold('A gas leak forced a family of five out of their flat.'), [])).toBe(false);
    expect(namesDoerByKind(fold('أجبر تسرب غاز أسرة من خمسة أفراد على مغادرة شقتها.'), [])).toBe(false);
  });

  it('takes people named by what they are for the doer as the agent of a passive, even inside the attribution', () => {
    const sentence = fold('He said the new swings were paid for by a local family last spring.');
    expect(namesDoerByKind(sentence, [[0, sentence.length]])).toBe(true);
    expect(namesDoerByKind(fold('The broken fence was reported by neighbours on Sunday.'), [])).toBe(true);
    expect(namesDoerByKind(fold('وأوضح أن المكتبة أنشئت من قبل أهالي المنطقة.'), [])).toBe(true);
    expect(namesDoerByKind(fold('Fares rose by a third after the families moved out.'), [])).toBe(false);
  });

  it('takes a shop, a stall or a jury for a doer, and one the wire names by what they practise', () => {
    expect(namesDoerByKind(fold('He said a stall selling grilled corn won the prize.'), [])).toBe(true);
    expect(namesDoerByKind(fold('وأوضح أن الكتب تبرع بها متجر للقرطاسية.'), [])).toBe(true);
    expect(namesDoerByKind(fold('A jury of five bakers will taste the bread.'), [])).toBe(true);
    expect(namesDoerByKind(fold('She said a retired pianist has offered to coach the choir.'), [])).toBe(true);
    expect(namesDoerByKind(fold('She said a technician fixed the lift.'), [])).toBe(true);
    expect(namesDoerByKind(fold('She said the lift was fixed by the afternoon.'), [])).toBe(false);
    expect(namesDoerByKind(fold('She said a list of winners was posted.'), [])).toBe(false);
    expect(namesDoerByKind(fold('She said a shortlist of ten was posted.'), [])).toBe(false);
  });

  it('takes brothers or a couple as the agent of a passive', () => {
    expect(namesDoerByKind(fold('The cafe is run by two sisters from Salmiya.'), [])).toBe(true);
    expect(namesDoerByKind(fold('The garden was planted by a retired couple.'), [])).toBe(true);
  });

  it('does not read a kind inside a longer word', () => {
    expect(namesDoerByKind(fold('The firmware was updated overnight.'), [])).toBe(false);
    expect(namesDoerByKind(fold('وقالت الجمعيتان إن الموعد لم يتغير.'), [])).toBe(false);
  });
});

describe('asksDoerOfKind: a "who" question that names the kind it asks the name of', () => {
  it('reads the kind in either language', () => {
    expect(asksDoerOfKind('which charity runs the soup kitchen, name please')).toBe(true);
    expect(asksDoerOfKind('منو أكبر شركة في المجمع؟')).toBe(true);
    expect(asksDoerOfKind('who runs the soup kitchen')).toBe(false);
    expect(asksDoerOfKind('منو يدير المطبخ الخيري؟')).toBe(false);
  });
});
