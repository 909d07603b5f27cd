import { describe, expect, it } from 'vitest';
import { arabicCountedWord, countClassifier, countedWord } from '../../src/answer/counts-asked-thing.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';

// Questions written for this test.
describe('countClassifier: "how many times", `كم مرة`, `كم وحدة` count what the rest of the question names', () => {
  it.each([
    ['residents complained about the noise how many times this year?', 'time'],
    ['How many times did the ferry break down?', 'time'],
    ['كم مرة تعطلت العبارة هالسنة؟', analyseText('مرة')[0]],
    ['في مطاعم انسكرت بالسالمية؟ كم وحدة؟', analyseText('وحدة')[0]],
    ['المشاركين يقدرون يجربون الدراجات؟ كم حبة، والخبر جديد', analyseText('حبة')[0]],
  ])('%s → the classifier', (question, classifier) => {
    expect(countClassifier(question)).toBe(classifier);
  });

  it.each([
    'how many ferries broke down?',
    'how many units were sold at the fair?',
    'كم وحدة سكنية وزعت الهيئة؟',
    'كم مطعم انسكر بالسالمية؟',
  ])('%s → a thing counted, no classifier', (question) => {
    expect(countClassifier(question)).toBeUndefined();
  });

  it('reads no thing counted in the classifier itself', () => {
    expect(countedWord('residents complained about the noise how many times this year?')).toBeUndefined();
    expect(arabicCountedWord('في مطاعم انسكرت بالسالمية؟ كم وحدة؟')).toBeUndefined();
    expect(arabicCountedWord('كم وحدة سكنية وزعت الهيئة؟')).toBe(analyseText('وحدة')[0]);
  });

  it('takes the classifier for the slot the count fills, not a topic a passage must name', () => {
    const critical = (question: string) =>
      weighConcepts(expandQuery(question), question, undefined, 10, 'number').list.filter((c) => c.critical).flatMap((c) => c.group.map((phrase) => phrase.join(' ')));
    expect(critical('residents complained about the noise how many times this year?')).not.toContain('time');
    expect(critical('في مطاعم انسكرت بالسالمية؟ كم وحدة؟')).not.toContain(analyseText('وحدة').join(' '));
    expect(critical('residents complained about the noise how many times this year?')).toContain('complain');
  });
});
