import { describe, expect, it } from 'vitest';
import { closeness, gradeLinkedFact, type HeldConcept, LENT } from '../../src/answer/grade-linked-fact.js';
import { isRelevant } from '../../src/answer/judge-relevance.js';
import { analyseText } from '../../src/text/analyse-text.js';

// Our own sentences: a weather office that "warned" of rain (asked as "forecast"), a treaty named
// only in the headline, a law whose approval day is given but not the day it takes effect, a count
// of the killed beside the displaced a school shelters.
const at = (word: string) => (tokens: readonly string[]) => {
  const phrase = analyseText(word);
  return tokens.flatMap((_, i) => (phrase.every((t, o) => tokens[i + o] === t) ? phrase.map((__, o) => i + o) : []));
};
const held = (word: string, weight: number, lent: boolean, extra: Partial<HeldConcept> = {}): HeldConcept => ({ weight, at: at(word), lent, counted: false, scene: false, ...extra });

describe('gradeLinkedFact: the share of the question a sentence with the fact carries', () => {
  it('counts a word only the passage or its story names at LENT, and an absent one at nothing', () => {
    const text = 'The first round of the talks will be held in Tokyo in May.';
    expect(gradeLinkedFact(text, 'date', [held('round', 1, true), held('talks', 1, true)])).toBe(1);
    expect(gradeLinkedFact(text, 'date', [held('round', 1, true), held('treaty', 1, true)])).toBe((1 + LENT) / 2);
  });

  it('grades a sentence without a filler of the asked type at nothing', () => {
    expect(gradeLinkedFact('The talks went well.', 'date', [held('talks', 1, true)])).toBe(0);
  });

  it('weakens a figure with every token between it and what it counts', () => {
    expect(closeness(3)).toBe(1);
    expect(closeness(5)).toBe(0.25);
    const counted = (word: string) => held(word, 1, true, { counted: true });
    expect(gradeLinkedFact('Some 4,200 police officers were deployed.', 'number', [counted('police')])).toBe(1);
    const far = gradeLinkedFact('The strike hit a school sheltering displaced people in the old city, which killed at least 40.', 'number', [counted('displaced')]);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(0.5);
  });

  it('gives "how much did it cost" nothing when the cost is not where the figure is', () => {
    const grade = gradeLinkedFact('The city will celebrate its 65th national day with a parade.', 'number', [
      held('cost', 1, false, { counted: true }),
      held('celebrate', 1, true),
    ]);
    expect(grade).toBe(0);
  });

  it('takes one asked word the passage lacks for a paraphrase, two for another fact', () => {
    const text = 'Customs seized 3.2 million pills hidden in a furniture shipment at Shuwaikh Port, the ministry said.';
    const one = [held('pills', 2, false), held('shipment', 2, false), held('come', 1, false)];
    expect(gradeLinkedFact(text, 'person', one)).toBeCloseTo(0.8);
    expect(gradeLinkedFact(text, 'person', [...one, held('country', 1, false)])).toBe(0);
  });

  it('dates only an event the passage names: the wire dates every report', () => {
    const text = 'The cabinet approved the new residency law on Monday.';
    expect(gradeLinkedFact(text, 'date', [held('residency', 1, true), held('law', 1, true), held('take effect', 1, false)])).toBe(0);
    // a place the passage does not name does not decline it
    expect(gradeLinkedFact(text, 'date', [held('residency', 1, true), held('law', 1, true), held('Oman', 1, false, { scene: true })])).toBeCloseTo(2 / 3);
  });
});

describe('isRelevant: a typed question answered through a paraphrase of one asked word', () => {
  const concept = (word: string, documents: number, entity = false) => ({ group: [analyseText(word)], place: false, documents, critical: true, entity });
  const hit = (text: string, headline: string) => ({
    dispatchId: 'd', paragraph: 1, text, score: 1, date: '2026-03-10', lang: 'en' as const, agency: 'KUNA', headline, dateline: null, urgent: false, storyId: 's',
  });

  it('answers "how much rain did the weather office forecast" from a warning of rain reaching 40 millimetres', () => {
    const concepts = { list: [concept('rain', 4), concept('weather office', 3, true), concept('forecast', 1)], total: 40, missing: [] };
    const warned = hit('The weather office warned on Tuesday of heavy rain reaching up to 40 millimetres in the north.', 'Weather office warns of heavy rain');
    expect(isRelevant(warned, { story: warned.headline }, concepts, false, 'number')).toBe(true);
    // the figure of something else: the wind, far from the rain
    const wind = hit('The weather office warned on Tuesday of heavy rain in the north, and of strong gusts of wind at 60 km an hour.', 'Weather office warns of heavy rain');
    expect(isRelevant(wind, { story: wind.headline }, concepts, false, 'number')).toBe(false);
  });

  it('ties the figure to what "how many" counts wherever the question names it, not only to its first two topics', () => {
    // "the youth rowing regatta ran over how many laps": the thing counted is the question's last word.
    const concepts = { list: [concept('youth', 1), concept('rowing', 2), concept('regatta', 1), concept('ran', 1), { ...concept('laps', 1), counted: true }], total: 40, missing: [] };
    const laps = hit('He said 40 crews aged twelve to seventeen raced over 6 laps of the marina.', 'Youth rowing regatta held at the marina');
    expect(isRelevant(laps, { story: laps.headline }, concepts, false, 'number')).toBe(true);
    // the figure of something else: the crews, far from the laps
    const crews = hit('He said 40 crews aged twelve to seventeen took part, and the course ran over several laps of the marina.', 'Youth rowing regatta held at the marina');
    expect(isRelevant(crews, { story: crews.headline }, concepts, false, 'number')).toBe(false);
  });

  it('takes the rarest word asked from the headline when the sentence with the date goes on with the story', () => {
    const concepts = { list: [concept('first', 7), concept('round', 3), concept('talks', 2), concept('treaty', 1), concept('held', 3)], total: 40, missing: [] };
    const round = hit('The first round of the talks will be held in Tokyo in May, the ministry said.', 'Oman and Japan to resume treaty talks');
    expect(isRelevant(round, { story: round.headline }, concepts, false, 'date')).toBe(true);
    expect(isRelevant(round, { story: 'Oman and Japan to resume talks' }, concepts, false, 'date')).toBe(false);
  });

  it('still declines when the law takes effect, with only the day it was approved', () => {
    const concepts = { list: [concept('residency', 2), concept('law', 2), concept('take effect', 1)], total: 40, missing: [] };
    const approved = hit('The cabinet approved the new residency law on Monday and referred it to the Amir.', 'Cabinet approves residency law');
    expect(isRelevant(approved, { story: approved.headline }, concepts, false, 'date')).toBe(false);
  });
});
