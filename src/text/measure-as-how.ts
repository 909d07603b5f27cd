import { QUESTION_WORDS_EN } from './english-question-words.js';

/**
 * A dimension's noun and the adjective "how" asks it with (a closed class: the measures of a thing). Not age: its noun is
 * read where the wire's own words for it are (see asksAge).
 */
const HOW_OF: Record<string, string> = {
  size: 'big', length: 'long', height: 'tall', weight: 'heavy', depth: 'deep', width: 'wide', distance: 'far', speed: 'fast',
};

/** Money's nouns: asked so, a price is asked as "how much" asks it, the noun kept, for the wire writes it too ("would cost KD 90,000"). */
const MONEY_OF = ['price', 'cost'];

/** The adjectives of a dimension's greatest value ("top speed", "maximum depth"). */
const SUPERLATIVE = '(?:top|maximum|max|highest|greatest)';

/** A request for a fact, standing for "what is" ("give me the size of", "i need the length of"). */
const REQUEST = "(?:give\\s+me|tell\\s+me|show\\s+me|i\\s+need|i\\s+want|i'd\\s+like)";

/**
 * The noun opening a question, or its clause after a comma or a colon, with no asking word after it ("weight of the tags?",
 * "kuna said something about this, price of one of the new coolers?"): the noun phrase is the whole asking.
 */
const BARE = `(?<=^\\s*|[,:;]\\s*)(?:the\\s+)?(?![^?]*\\b(?:${QUESTION_WORDS_EN}|whether|if)\\b)`;

/**
 * "what is the size of", "whats the length of", "what was the height of", a request for it ("i need the size of the team"),
 * the noun opening the question after a superlative ("top speed of the boats?", "the maximum depth of the well") or bare
 * (see BARE): the dimension, or the price (see MONEY_OF), asked by its noun.
 */
const MEASURE_ASKED = new RegExp(
  `(?:\\b(?:what(?:'s|’s|s|\\s+is|\\s+was|\\s+are|\\s+were)?|${REQUEST})\\s+the\\s+(?:${SUPERLATIVE}\\s+)?|^\\s*(?:the\\s+)?${SUPERLATIVE}\\s+|${BARE})(${[...Object.keys(HOW_OF), ...MONEY_OF].join('|')})\\s+of\\b`,
  'giu',
);

/**
 * A question asking a dimension by its noun read as "how" asks it ("whats the size of the ball" as "how big is the ball",
 * "what was the length of the boat" as "how long was the boat"): the noun names the kind of fact asked, a figure, not a word
 * the passage must hold (a wire writes "a ball 1.2 metres across", not "its size"). Pure.
 */
export function measureAsHow(question: string): string {
  return question.replace(MEASURE_ASKED, (_whole, noun: string) => (MONEY_OF.includes(noun.toLowerCase()) ? `how much is the ${noun} of` : `how ${HOW_OF[noun.toLowerCase()] ?? noun} is`));
}
