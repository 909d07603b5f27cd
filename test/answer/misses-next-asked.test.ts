import { describe, expect, it } from 'vitest';
import { missesNextAsked, nextThingAsked, speaksOfFuture } from '../../src/answer/misses-next-asked.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-08T08:00:00Z');

// A bowling championship told with nothing to come but the team's flight home, and a chess olympiad told with the
// next one's host. Written for this test.
const WIRE = `Date : 07/05/2026
Kuwait wins bronze at Gulf bowling championship
KUWAIT, May 7 (KUNA) -- Kuwait's bowling team won the bronze medal at the Gulf bowling championship in Manama on Thursday, beating Oman 410-388.
Team manager Jassim Al-Hamad told KUNA the team had rolled 24 games in the championship, and that the players would fly home on Friday.
(end)
ab.cd

Date : 07/05/2026
Kuwait finishes sixth at Arab chess olympiad
KUWAIT, May 7 (KUNA) -- Kuwait's chess team finished sixth of 14 teams at the Arab chess olympiad in Amman on Thursday.
Team head Sami Al-Jaber told KUNA the next Arab chess olympiad would be held in Muscat in 2028.
(end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: the next instance asked, a passage telling this one only', () => {
  const asked: [string, string[] | undefined][] = [
    ["where's the next gulf bowling championship?", ['gulf', 'bowling', 'championship']],
    ['When will they drill the next wells at the field?', ['wells']],
    ['who do the women play next?', []],
    ['وين بتقام بطولة الخليج للبولينغ الجاية؟', ['بطوله', 'الخليج', 'للبولينغ']],
    ['How many seats are there for next school year?', undefined],
    ['كم سباق بموسم الهجن الجاي؟', undefined],
    ['بيعيدون الفحص الشهر الياي؟', undefined],
    ['what is next to the mall?', undefined],
    ['who won the bowling championship?', undefined],
    // the bare participle after an asking word is "coming": where it comes from
    ['الدم اللي نقلوه للمريض من وين جاي؟', undefined],
    ['من وين ياية الطيور؟', undefined],
    ['وين الاجتماع الياي؟', ['وين', 'الاجتماع']],
  ];
  it.each(asked)('reads the thing whose next instance %s asks (an adverb: none; a next period, "next to": no next instance)', (question, thing) => {
    expect(nextThingAsked(question)).toEqual(thing);
  });

  const future: [string, boolean][] = [
    ['the next edition would be held in Doha', true],
    ['وقال إن البطولة ستقام في مسقط', true],
    ['وتقام المسابقة في ديسمبر المقبل', true],
    ['وشاركت ست آليات وسيارتي إسعاف بمشاركة ستة فرق', false],
    ['the team won the bronze medal', false],
  ];
  it.each(future)('hears what is to come in %s: %s (not the nouns shaped like the Arabic future)', (sentence, told) => {
    expect(speaksOfFuture(sentence)).toBe(told);
  });

  it('ties what is to come to the thing asked within one clause', () => {
    const concepts = [{ group: [['championship'], ['بطول']], documents: 2, critical: true }] as never;
    const thing = ['championship'];
    expect(missesNextAsked(thing, concepts, 'The team rolled 24 games in the championship, and the players would fly home on Friday.')).toBe(true);
    expect(missesNextAsked(thing, concepts, 'The next championship would be held in Kuwait.')).toBe(false);
    // A passage naming no form of the thing (another language, other words): what is to come in it is enough.
    expect(missesNextAsked(thing, concepts, 'The next edition would be held in Kuwait.')).toBe(false);
  });

  it('declines where the next Gulf bowling championship is held, with only this one told', async () => {
    expect((await ask('where will the next gulf bowling championship be held?')).found).toBe(false);
  });

  it('answers where the next Arab chess olympiad is held', async () => {
    const answer = await ask('where is the next arab chess olympiad?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('Muscat');
  });
});
