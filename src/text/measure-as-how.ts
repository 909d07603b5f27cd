/**
 * A dimension's noun and the adjective "how" asks it with (a closed class: the measures of a thing). Not age: its noun is
 * read where the wire's own words for it are (see asksAge).
 */
const HOW_OF: Record<string, string> = {
  size: 'big', length: 'long', height: 'tall', weight: 'heavy', depth: 'deep', width: 'wide', distance: 'far', speed: 'fast',
};

/** The adjectives of a dimension's greatest value ("top speed", "maximum depth"). */
const SUPERLATIVE = '(?:top|maximum|max|highest|greatest)';

/** A request for a fact, standing for "what is" ("give me the size of", "i need the length of"). */
const REQUEST = "(?:give\\s+me|tell\\s+me|show\\s+me|i\\s+need|i\\s+want|i'd\\s+like)";

/**
 * "what is the size of", "whats the length of", "what was the height of", a request for it ("i need the size of the team"),
 * or the noun opening the question after a superlative ("top speed of the boats?", "the maximum depth of the well"): the
 * dimension asked by its noun.
 */
const MEASURE_ASKED = new RegExp(
  `(?:\\b(?:what(?:'s|’s|s|\\s+is|\\s+was|\\s+are|\\s+were)?|${REQUEST})\\s+the\\s+(?:${SUPERLATIVE}\\s+)?|^\\s*(?:the\\s+)?${SUPERLATIVE}\\s+)(${Object.keys(HOW_OF).join('|')})\\s+of\\b`,
  'giu',
);

/**
 * A question asking a dimension by its noun read as "how" asks it ("whats the size of the ball" as "how big is the ball",
 * "what was the length of the boat" as "how long was the boat"): the noun names the kind of fact asked, a figure, not a word
 * the passage must hold (a wire writes "a ball 1.2 metres across", not "its size"). Pure.
 */
export function measureAsHow(question: string): string {
  return question.replace(MEASURE_ASKED, (_whole, noun: string) => `how ${HOW_OF[noun.toLowerCase()] ?? noun} is`);
}
