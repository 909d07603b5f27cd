import { describe, expect, it } from 'vitest';
import { singleAfterNoun } from '../../src/answer/single-after-noun.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

describe('the Gulf "one" after a definite noun', () => {
  it('reads الوحدة after a definite noun as "one", not the noun "unit"', () => {
    expect(singleAfterNoun('بكم التذكرة الوحدة للحفلة؟')).toEqual(analyseText('الوحدة'));
    expect(singleAfterNoun('متى افتتحوا الوحدة الجديدة بالمستشفى؟')).toEqual([]);
    expect(singleAfterNoun('كم وحدة سكنية سلموا؟')).toEqual([]);
  });

  it('never requires it of a passage, while the unit asked stays a topic', () => {
    // a store whose copy tells a bare وحدة (a unit), which the analyser reads as الوحدة is read
    const names = buildNameVocabulary(analyseText('افتتح المستشفى وحدة جديدة لغسيل الكلى وبيعت التذكرة بخمسة دنانير'));
    const critical = (question: string) => weighConcepts(expandQuery(question, { names }), question, names, 10).list.filter((c) => c.critical).flatMap((c) => c.group.map((phrase) => phrase.join(' ')));
    expect(critical('بكم التذكرة الوحدة للحفلة؟')).not.toContain(analyseText('الوحدة')[0]);
    expect(critical('متى افتتحوا الوحدة الجديدة بالمستشفى؟')).toContain(analyseText('الوحدة')[0]);
  });
});
