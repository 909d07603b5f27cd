import { describe, expect, it } from 'vitest';
import { asksLaterPlace, missesPlaceAsked, tellsLaterPlace } from '../../src/answer/misses-place-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';

// Sentences written for this test.
describe('near misses: a place after the first asked of a story that tells only the winner', () => {
  it('reads a place after the first asked, not an ordinal that says which one', () => {
    expect(asksLaterPlace('who came second in the junior karting round')).toBe(true);
    expect(asksLaterPlace('who finished third in the chess open?')).toBe(true);
    expect(asksLaterPlace('who was the runner-up?')).toBe(true);
    expect(asksLaterPlace('منو جا الثاني بجولة الكارتينغ؟')).toBe(true);
    expect(asksLaterPlace('مين حل ثالث في السباق؟')).toBe(true);
    expect(asksLaterPlace('who won the second round?')).toBe(false);
    expect(asksLaterPlace('منو فاز بالجولة الثانية؟')).toBe(false);
    expect(asksLaterPlace('when is the second race?')).toBe(false);
  });

  it('tells a place after the first by a verb of ranking, a runner-up or a medal, not by an ordinal alone', () => {
    expect(tellsLaterPlace('Ahmad Al-Enezi came second, two points behind.')).toBe(true);
    expect(tellsLaterPlace('Qadsia took silver.')).toBe(true);
    expect(tellsLaterPlace('وحل اللاعب سالم العنزي ثانيا في الترتيب العام.')).toBe(true);
    expect(tellsLaterPlace('وجاء فريق القادسية في المركز الثالث.')).toBe(true);
    expect(tellsLaterPlace('Salem Al-Ghanim won the second round of the national junior karting championship.')).toBe(false);
    expect(tellsLaterPlace('فاز السائق سالم الغانم بالجولة الثانية من بطولة الناشئين للكارتينغ.')).toBe(false);
    expect(tellsLaterPlace('وقال إن الجولة الثالثة تقام في أبريل.')).toBe(false);
  });

  it('misses the place asked where the story tells only the winner', () => {
    const winnerOnly = ['Salem Al-Ghanim won the second round of the national junior karting championship on Tuesday.', 'The next round is in April.'];
    expect(missesPlaceAsked(winnerOnly)).toBe(true);
    expect(missesPlaceAsked([...winnerOnly, 'Fahad Al-Ali finished second.'])).toBe(false);
    const nearMiss = nearMissOf(nearMissQuestion('who came second in the junior karting round'));
    expect(nearMiss(toldStory(winnerOnly))).toBe(true);
    expect(nearMiss(toldStory([...winnerOnly, 'Fahad Al-Ali finished second.']))).toBe(false);
  });
});
