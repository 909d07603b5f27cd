import { describe, expect, it } from 'vitest';
import { holdsAnswerType } from '../../src/answer/answer-type.js';
import { linksAnswerFiller } from '../../src/answer/link-answer-filler.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { spellEnglishFigures, writesArticleFigure } from '../../src/text/spell-english-figures.js';

// Our own sentences: a hen's clutch, a shop's sales, a contest's round.
describe('spellEnglishFigures: one, or a fraction, written by the article', () => {
  it('spells "a single" as one and "a fifth" … "a tenth" as one fifth … one tenth', () => {
    expect(spellEnglishFigures('Each hen lays a single egg a day.')).toBe('Each hen lays one egg a day.');
    expect(spellEnglishFigures('Sales fell by about a fifth in March.')).toBe('Sales fell by about one fifth in March.');
    expect(spellEnglishFigures('A Tenth of the stock was sold.')).toBe('one Tenth of the stock was sold.');
  });

  it('leaves an ordinal with "the" alone: an instance, not a figure', () => {
    expect(spellEnglishFigures('The team reached the fifth round.')).toBe('The team reached the fifth round.');
    expect(writesArticleFigure('The team reached the fifth round.')).toBe(false);
  });

  it('gives "how many" a figure by what it counts', () => {
    expect(holdsAnswerType('Each hen lays a single egg a day.', 'number')).toBe(true);
    const eggs = analyseText('egg');
    const at = (tokens: readonly string[]) => tokens.flatMap((token, i) => (eggs.includes(token) ? [i] : []));
    expect(linksAnswerFiller('Each hen lays a single egg in spring.', 'number', at)).toBe(true);
    expect(linksAnswerFiller('Each hen lays an egg in spring.', 'number', at)).toBe(false);
  });
});
