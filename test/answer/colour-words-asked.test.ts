import { describe, expect, it } from 'vitest';
import { colourWordsAsked } from '../../src/answer/colour-words-asked.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';

const tokens = (...words: string[]) => new Set(words.flatMap((word) => analyseText(word)));

describe('the colour words of a question asking a colour', () => {
  it('reads them in either language, and none where no colour is asked', () => {
    expect(colourWordsAsked('what colour was the fireball')).toEqual(tokens('colour'));
    expect(colourWordsAsked('what colours did they paint the new humps?')).toEqual(tokens('colours'));
    expect(colourWordsAsked('شنو لونها الكرة؟')).toEqual(tokens('لونها'));
    expect(colourWordsAsked('how many colours did they use?')).toEqual(new Set());
    expect(colourWordsAsked('what was the fireball?')).toEqual(new Set());
  });

  it('never takes one for a topic, however many dispatches hold a word spelt like it', () => {
    // a store whose copy tells coolers (spelt as "colour" is, consonant for consonant) and a green fireball, and no colour word
    const names = buildNameVocabulary(analyseText('inspectors found water coolers broken and dirty and a bright green fireball crossed the sky'));
    const weighed = (question: string) => weighConcepts(expandQuery(question, { names }), question, names, 10);
    const critical = (question: string) => weighed(question).list.filter((c) => c.critical).flatMap((c) => c.group.map((phrase) => phrase.join(' ')));
    expect(critical('what colour was the fireball')).not.toContain('colour');
    expect(critical('what colour was the fireball')).toContain('fireball');
    expect(weighed('what colours was the fireball').missing).toEqual([]);
  });
});
