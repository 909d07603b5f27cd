import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answer-type.js';
import { arabicCountedWord, countedWord, countsAskedThing, countsWordRightAfter } from '../../src/answer/counts-asked-thing.js';
import { countedAsked } from '../../src/answer/near-miss-checks.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-05T08:00:00Z');

// A craft fair's opening, told by its exhibitors and countries. Written for this test.
const WIRE = `Date : 04/03/2026
Kuwait opens spring crafts fair
KUWAIT, March 4 (KUNA) -- The National Council for Culture, Arts and Letters opened a spring crafts fair at the Shuwaikh fairground on Wednesday evening, with 140 exhibitors from 12 countries.
Fair director Huda Al-Rashed said the fair would stay open until March 14. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: how many of one thing, a figure of another told', () => {
  it('reads the word an English "how many" counts', () => {
    expect(countedWord('How many carpets were sold at the crafts fair?')).toBe('carpet');
    expect(countedWord('how much did it cost?')).toBeUndefined();
  });

  it('counts the head of the phrase after "how many": its last noun, not a modifier, a verb or a name', () => {
    expect(countedWord('How many exchange companies were fined?')).toBe('company');
    expect(countedWord('how many quit smoking clinics are open?')).toBe('clinic');
    expect(countedWord('How many seats did the bloc win?')).toBe('seat');
    expect(countedWord('How many families receive the allowance?')).toBe('family');
    expect(countedWord('How many fish died in the bay?')).toBe('fish');
    expect(countedWord('how many kuwaiti aid flights landed?')).toBe('kuwaiti');
    expect(countedWord('How many public EV chargers work?')).toBe('charger');
  });

  it('counts the head of a phrase of four words', () => {
    expect(countedWord('How many online building permit applications has the municipality received?')).toBe('application');
  });

  it('reads a singular ending in s ("sclerosis", "bus") as a modifier, not a plural head', () => {
    expect(countedWord('how many multiple sclerosis patients are registered in kuwait?')).toBe('patient');
    expect(countedWord('how many bus drivers went on strike?')).toBe('driver');
  });

  it('counts no noun after an irregular past ("how many sat"), a past in -ed first stays a modifier', () => {
    expect(countedWord('how many sat the teacher licence exam yesterday?')).toBeUndefined();
    expect(countedWord('how many registered voters cast a ballot?')).toBe('voter');
  });

  it('tells whether a sentence counts the thing asked', () => {
    const exhibitors = { group: [['exhibitor']], place: false, documents: 1, critical: true, entity: false };
    const carpets = { ...exhibitors, group: [['carpet']] };
    const text = 'It opened with 140 exhibitors from 12 countries. Carpets were on show.';
    expect(countsAskedThing(text, exhibitors)).toBe(true);
    expect(countsAskedThing(text, carpets)).toBe(false);
  });

  it('takes no amount of money for a count of the thing beside it', () => {
    const carpets = { group: [['carpet']], place: false, documents: 1, critical: true, entity: false };
    const dinars = { ...carpets, group: [['dinar']] };
    expect(countsAskedThing('Carpet sales reached KD 9,000 by the second day.', carpets)).toBe(false);
    expect(countsAskedThing('Carpet sales reached 9,000 dinars by the second day.', carpets)).toBe(false);
    expect(countsAskedThing('Some 300 carpets were sold for 9,000 dinars.', carpets)).toBe(true);
    expect(countsAskedThing('Carpet sales reached 9,000 dinars by the second day.', dinars)).toBe(true);
  });

  it('declines how many crafts were sold when the fair counts its exhibitors', async () => {
    expect((await ask('How many crafts were sold at the spring crafts fair?')).found).toBe(false);
  });

  it('answers how many exhibitors took part', async () => {
    expect((await ask('How many exhibitors are at the spring crafts fair?')).citations[0]?.quote).toMatch(/140 exhibitors/);
  });
});

// A municipality's seedling handout, counted by its seedlings only. Written for this test.
const SEEDLINGS = `التاريخ : 04/03/2026
البلدية توزع شتلات الزينة
الكويت - 4 - 3 (كونا) -- وزعت البلدية اليوم الأربعاء 900 شتلة زينة على المواطنين في حديقة الشعب، وفق ما قال مدير إدارة الحدائق.(النهاية)
ع ص / ن م
`;

describe('near misses: an Arabic كم counts the word after it', () => {
  it('reads the word كم counts, not a verb, a measure, the article or بكم', () => {
    expect(arabicCountedWord('كم مواطن حضر الحفل؟')).toBe(analyseText('مواطن')[0]);
    expect(arabicCountedWord('كم عدد الزوار أمس؟')).toBe(analyseText('الزوار')[0]);
    expect(arabicCountedWord('كم بلغت الأرباح؟')).toBeUndefined();
    expect(arabicCountedWord('كم دفعوا المشاركين رسوما؟')).toBeUndefined();
    expect(arabicCountedWord('كم سعر التذكرة؟')).toBeUndefined();
    expect(arabicCountedWord('كم الحد الأقصى؟')).toBeUndefined();
    expect(arabicCountedWord('بكم التذكرة؟')).toBeUndefined();
  });

  it('takes a figure in Arabic copy to count the word right after it when the question names that word', () => {
    const citizens = { group: [[analyseText('مواطن')[0] as string]], place: false, documents: 1, critical: true, entity: false };
    const seedlings = new Set(analyseText('شتلة'));
    const text = 'وزعت البلدية 900 شتلة على المواطنين.';
    expect(countsAskedThing(text, citizens)).toBe(true);
    expect(countsAskedThing(text, citizens, seedlings)).toBe(false);
    expect(countsAskedThing('وزعت البلدية 900 شتلة على 300 مواطن.', citizens, seedlings)).toBe(true);
  });

  it('declines how many citizens got seedlings when the dispatch counts the seedlings', async () => {
    const now = new Date('2026-03-05T08:00:00Z');
    expect((await askOnWire(tempDir(), SEEDLINGS, 'كم شتلة وزعت البلدية على المواطنين؟', now)).found).toBe(true);
    expect((await askOnWire(tempDir(), SEEDLINGS, 'كم مواطن استلم شتلات الزينة؟', now)).found).toBe(false);
  });
});


describe('near misses: "how many" counts its phrase’s head', () => {
  it('takes the concept whose phrase the head ends for the thing counted', () => {
    const question = 'How many exchange companies opened new branches?';
    const type = answerTypeOf(question);
    const counted = countedAsked({ question, type, concepts: weighConcepts(expandQuery(question), question, undefined, 10, type) });
    expect(counted?.group).toContainEqual(['exchang', 'company']);
  });
});

describe('near misses: a share or an age beside the thing counts none of it', () => {
  const members = { group: [[analyseText('عضو')[0] as string], ['member']], place: false, documents: 1, critical: true, entity: false };

  it('reads `المئة` of a per cent as the share’s unit, not a hundred of the thing after it', () => {
    expect(countsAskedThing('وقال رئيس النادي إن 40 في المئة من الأعضاء حضروا الاجتماع.', members)).toBe(false);
    expect(countsAskedThing('وقال رئيس النادي إن 400 عضو حضروا الاجتماع.', members)).toBe(true);
  });

  it('reads a figure after an age word as years, not a count of the people beside it', () => {
    expect(countsAskedThing('The club said most members were over the age of 50.', members)).toBe(false);
    expect(countsAskedThing('وقال النادي إن أغلب الأعضاء فوق سن الخمسين.', members)).toBe(false);
    expect(countsAskedThing('The club said 50 members came.', members)).toBe(true);
  });
});

describe('near misses: an English figure counts the known noun after it, nothing before it', () => {
  const wardens = { group: [analyseText('wardens')], place: false, documents: 1, critical: true, entity: false };
  const notices = { group: [analyseText('notices')], place: false, documents: 1, critical: true, entity: false };

  it('takes "wardens fined 40 companies" for a count of companies, not of wardens', () => {
    expect(countsAskedThing('The council said its wardens fined 40 companies over the summer.', wardens)).toBe(false);
    expect(countsAskedThing('The council said 40 wardens fined companies over the summer.', wardens)).toBe(true);
  });

  it('still counts the head a modifying noun stands before ("40 warning notices")', () => {
    expect(countsAskedThing('The wardens wrote 40 warning notices over the summer.', notices)).toBe(true);
  });
});

describe('countsWordRightAfter: the thing counted named right after "how many"', () => {
  it('holds for a bare noun wherever the asking stands, not for one narrowed by the words before it', () => {
    expect(countsWordRightAfter('the youth regatta ran over how many laps')).toBe(true);
    expect(countsWordRightAfter('how many boats took part in the regatta?')).toBe(true);
    expect(countsWordRightAfter('how many secondary school boys passed the swimming test?')).toBe(false);
    expect(countsWordRightAfter('كم قارب شارك في السباق؟')).toBe(true);
  });
});
