import { describe, expect, it } from 'vitest';
import { missesThingNameAsked, thingNameAsked, type ThingNameAsked } from '../../src/answer/misses-thing-name-asked.js';
import { NEAR_MISS_CHECKS, nearMissOf } from '../../src/answer/near-miss-checks.js';
import { analyseText } from '../../src/text/analyse-text.js';
import type { Concepts } from '../../src/answer/weigh-concepts.js';

const none: Concepts = { list: [], missing: [], total: 100 };

/** The thing a question asks the name of; a test question always asks one. */
function thingOf(question: string, concepts: Concepts = none): ThingNameAsked {
  const thing = thingNameAsked(question, concepts);
  if (thing === undefined) throw new Error(`no name asked: ${question}`);
  return thing;
}

const form = (word: string) => analyseText(word)[0] as string;

// Sentences written for this test.
describe('near misses: the name of a thing asked, a dispatch that gives none', () => {
  it('reads the head noun whose name a question asks, past its modifiers and up to its clause', () => {
    expect([...thingOf('what is the name of the banned glue in the toy kits?').forms]).toContain(form('glue'));
    expect([...thingOf('whats the name of the visiting chess master').forms]).toContain(form('master'));
    expect([...thingOf('what is the name of the bridge used for the fun run?').forms]).toContain(form('bridge'));
    expect([...thingOf('what are the names of the 9 banned board games?').forms]).toContain(form('games'));
    expect([...thingOf("what's the bridge's name?").forms]).toContain(form('bridge'));
    expect([...thingOf('شنو اسم أول قصيدة بيلقيها الشاعر؟').forms]).toContain(form('قصيدة'));
    expect(thingNameAsked('شنو اسم اللي ربح الجائزة؟', none)).toBeUndefined();
    expect(thingNameAsked('how long does the bridge take to build?', none)).toBeUndefined();
  });

  it("adds the other language's word of the question's concept holding the head", () => {
    const concepts: Concepts = { total: 100, missing: [], list: [{ group: [['glue'], ['غراء']], place: false, documents: 2, critical: true, entity: false }] };
    expect([...thingOf('what is the name of the banned glue?', concepts).forms]).toEqual(expect.arrayContaining(['glue', 'غراء']));
  });

  it('misses English copy that writes the thing by what it is, not copy that names it', () => {
    const cases: Array<[string, string, boolean]> = [
      ['what is the name of the bridge used for the fun run?', 'Some 400 runners crossed a 2-kilometre bridge in Jahra on Friday.', true],
      ['what is the name of the bridge used for the fun run?', 'Some 400 runners crossed the Jaber Bridge on Friday.', false],
      ['what is the name of the bridge used for the fun run?', 'Some 400 runners crossed a bridge called Al Sadaqa on Friday.', false],
      ['whats the name of the visiting chess master', 'The lessons were led by a visiting Indian master at the club hall.', true],
      ['whats the name of the visiting chess master', 'Anand Rao, a visiting Indian master, led the lessons.', false],
      ['what are the names of the 9 banned board games?', 'The ministry banned 9 board games, it said.', true],
      ['what are the names of the 9 banned board games?', 'The banned games include "Dark Tower" and eight others.', false],
    ];
    for (const [question, text, misses] of cases) expect(missesThingNameAsked(thingOf(question), [text]), text).toBe(misses);
  });

  it('misses Arabic copy with no quoted or bracketed name, the agency marker giving none', () => {
    const poem = thingOf('شنو اسم أول قصيدة بيلقيها الشاعر؟');
    expect(missesThingNameAsked(poem, ['وقال منظم الأمسية خالد العلي ل(كونا) إن الأمسية ستضم 8 قصائد.'])).toBe(true);
    expect(missesThingNameAsked(poem, ['وقال منظم الأمسية ل(كونا) إن الأمسية تفتتح بقصيدة "يا وطن".'])).toBe(false);
    expect(missesThingNameAsked(poem, ['وتفتتح الأمسية بقصيدة (صوت البحر) للشاعر.'])).toBe(false);
  });

  it("takes another agency's marker (`(وام)`, `( واس )`) for no name either, as it takes `(كونا)`", () => {
    const poem = thingOf('شنو اسم أول قصيدة بيلقيها الشاعر؟');
    expect(missesThingNameAsked(poem, ['وقال منظم الأمسية خالد العلي ل(وام) إن الأمسية ستضم 8 قصائد.'])).toBe(true);
    expect(missesThingNameAsked(poem, ['وقال منظم الأمسية ل( واس ) إن الأمسية ستضم 8 قصائد.'])).toBe(true);
    expect(missesThingNameAsked(poem, ['وقال منظم الأمسية ل(وام) إن الأمسية تفتتح بقصيدة (نور الصباح).'])).toBe(false);
  });

  it('is one of the near-miss checks, and leaves a question of a listed kind to its own check', () => {
    const asked = (question: string) => nearMissOf({ question, type: null, concepts: none }, NEAR_MISS_CHECKS);
    const told = (text: string) => ({ text, told: [text], parallel: '', around: [text] });
    expect(asked('what is the name of the bridge used for the fun run?')(told('Some 400 runners crossed a 2-kilometre bridge in Jahra on Friday.'))).toBe(true);
    expect(asked('what is the name of the bridge used for the fun run?')(told('Some 400 runners crossed the Jaber Bridge on Friday.'))).toBe(false);
  });
});
