import { describe, expect, it } from 'vitest';
import { groupAsked, missesGroupAsked } from '../../src/answer/misses-group-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import type { Concept } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';

/** A concept as weighConcepts gives it, its alternatives written out and analysed. */
const concept = (...forms: string[]): Concept => ({ group: forms.map((form) => analyseText(form)), place: false, documents: 3, critical: true, entity: false });

const club = concept('نادي الساحل', 'Sahel club');
const swimmer = concept('سباح', 'swimmers');
const concepts = { list: [swimmer, club], total: 100, missing: [] };

describe('near misses: a part of a count asked by the group it is of', () => {
  it('reads the group after `كم` and the thing counted, or after one word more', () => {
    expect(groupAsked('كم سباح من نادي الساحل شارك؟', concepts)).toBe(club);
    expect(groupAsked('كم سباح شارك من نادي الساحل؟', concepts)).toBe(club);
  });

  it('reads no group from `كم عدد`, from a question without `من`, or from one whose group is no concept', () => {
    expect(groupAsked('كم عدد السباحين من نادي الساحل؟', concepts)).toBeUndefined();
    expect(groupAsked('كم سباح شارك في السباق؟', concepts)).toBeUndefined();
    expect(groupAsked('كم سباح من المدرسة؟', concepts)).toBeUndefined();
  });

  it('reads the part an English "how many of" asks after the copula', () => {
    const town = concept('Sahel', 'الساحل');
    const divers = concept('divers', 'غواص');
    const asked = { list: [divers, town], total: 100, missing: [] };
    expect(groupAsked('how many of the divers were from Sahel?', asked)).toBe(town);
    expect(groupAsked('How many of the divers are in Sahel now?', asked)).toBe(town);
    expect(groupAsked('how many divers took part?', asked)).toBeUndefined();
    expect(missesGroupAsked(town, 'Some 60 divers joined the clean-up, the club in Sahel said.')).toBe(true);
    expect(missesGroupAsked(town, 'Sahel sent 14 of the 60 divers.')).toBe(false);
  });

  it('misses the part when the figures count the whole, the group named further off', () => {
    expect(missesGroupAsked(club, 'Some 140 swimmers took part in the race on Friday, and the winner was a girl from the Sahel club.')).toBe(true);
    expect(missesGroupAsked(club, 'شارك 140 سباحا في السباق، وفازت بالمركز الأول سباحة من نادي الساحل.')).toBe(true);
  });

  it('answers the part when a figure stands by the group', () => {
    expect(missesGroupAsked(club, 'The Sahel club entered 12 of the 140 swimmers.')).toBe(false);
    expect(missesGroupAsked(club, 'وشارك نادي الساحل ب 12 سباحا.')).toBe(false);
  });

  it('leaves alone a passage whose language has no form of the group', () => {
    const arabicOnly = concept('نادي الساحل');
    expect(missesGroupAsked(arabicOnly, 'Some 140 swimmers took part in the race on Friday.')).toBe(false);
  });

  it('is one of the near-miss checks', () => {
    const nearMiss = nearMissOf({ question: 'كم سباح من نادي الساحل شارك؟', type: 'number', concepts });
    const passage = (text: string) => ({ text, told: [text], parallel: '', around: [text] });
    expect(nearMiss(passage('Some 140 swimmers took part in the race, among them a girl from the Sahel club.'))).toBe(true);
    expect(nearMiss(passage('The Sahel club entered 12 swimmers in the race.'))).toBe(false);
  });
});
