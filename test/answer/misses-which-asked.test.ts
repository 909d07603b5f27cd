import { describe, expect, it } from 'vitest';
import { missesWhichAsked, whichAsked, type WhichAsked } from '../../src/answer/misses-which-asked.js';
import { NEAR_MISS_CHECKS, nearMissOf } from '../../src/answer/near-miss-checks.js';
import { analyseText } from '../../src/text/analyse-text.js';
import type { Concepts } from '../../src/answer/weigh-concepts.js';

const none: Concepts = { list: [], missing: [], total: 100 };

/** The thing a question asks which one is; a test question always asks one. */
function thingOf(question: string, concepts: Concepts = none): WhichAsked {
  const thing = whichAsked(question, concepts);
  if (thing === undefined) throw new Error(`no "which" asked: ${question}`);
  return thing;
}

const form = (word: string) => analyseText(word)[0] as string;

// Sentences written for this test.
describe('near misses: which one of a thing asked, a story that writes the thing only bare', () => {
  it('reads the head noun a question picks out and describes, past its modifiers, up to the asking verb', () => {
    expect([...thingOf('which government office used the old telex machine?').forms]).toContain(form('office'));
    expect([...thingOf('which five villages did the water come from?').forms]).toContain(form('villages'));
    expect([...thingOf('which sea shanty did the choir sing').forms]).toContain(form('shanty'));
    expect([...thingOf('أي دائرة حكومية استعملت الجهاز؟').forms]).toContain(form('دائرة'));
    // The thing named bare asks what the wire may answer by a sort ("on Monday evenings", "the silver medal"): not read.
    expect(whichAsked('which evenings are the games played?', none)).toBeUndefined();
    expect(whichAsked('which medal did the team win?', none)).toBeUndefined();
    expect(whichAsked('أي مدرسة فازت؟', none)).toBeUndefined();
    expect(whichAsked('which day does the course run?', none)).toBeUndefined();
  });

  it("misses copy that describes the thing in the asker's words only, not copy that names it, lists the ones meant or sorts it further", () => {
    const cases: Array<[string, string, boolean]> = [
      ['which government office used the old telex machine?', 'Among the machines is a telex used by a government office in the sixties.', true],
      ['which government office used the old telex machine?', 'Among the machines is a telex used by the Kuwait Ports office in the sixties.', false],
      ['which government office used the old telex machine?', 'Among the machines is a telex once used by an office, the Ports Authority, he said.', false],
      ['which government office used the old telex machine?', 'Among the machines is a telex used by a customs government office.', false],
      ['which sea shanty did the choir sing', 'A school choir won the contest with a sea shanty, the organisers said.', true],
      ['which sea shanty did the choir sing', 'A school choir won the contest with the shanty "Ya Bahar", the organisers said.', false],
      ['which five villages did the water come from?', 'The water was brought from five villages, including Wafra and Abdali.', false],
      ['which five villages did the water come from?', 'The water was brought from five southern villages.', false],
      ['أي دائرة حكومية استعملت الجهاز؟', 'وقال إن بين المعروضات جهازا استعملته دائرة حكومية في الستينات.', true],
      ['أي دائرة حكومية استعملت الجهاز؟', 'وقال إن بين المعروضات جهازا استعملته دائرة الجمارك في الستينات.', false],
      ['أي دائرة حكومية استعملت الجهاز؟', 'وقال إن بين المعروضات جهازا استعملته دائرة بريدية في الستينات.', false],
      ['بأي عيد وطني تلقى الأمير التهاني؟', 'تلقى الأمير برقيات تهنئة بمناسبة العيد الوطني الخامس والستين للبلاد.', false],
      ['بأي عيد وطني تلقى الأمير التهاني؟', 'تلقى الأمير برقيات تهنئة بمناسبة العيد الوطني.', true],
    ];
    for (const [question, text, missed] of cases) expect(missesWhichAsked(thingOf(question), [text]), text).toBe(missed);
  });

  it('does not judge a story that never writes the thing', () => {
    expect(missesWhichAsked(thingOf('which sea shanty did the choir sing'), ['A school choir won the contest on Friday.'])).toBe(false);
    expect(missesWhichAsked(thingOf('which sea shanty did the choir sing'), ['A school choir sang a shanty on Friday.'])).toBe(false);
  });

  it('vetoes the passage among the near-miss checks, in a question of no other kind only', () => {
    const passage = { text: 'A school choir won the contest with a sea shanty.', told: ['A school choir won the contest with a sea shanty.'], parallel: '', around: [] };
    expect(nearMissOf({ question: 'which sea shanty did the choir sing', type: null, concepts: none }, NEAR_MISS_CHECKS)(passage)).toBe(true);
    expect(nearMissOf({ question: 'which sea shanty did the choir sing', type: 'date', concepts: none }, NEAR_MISS_CHECKS)(passage)).toBe(false);
  });
});
