/**
 * The English question words every reader of a question's asking takes, folded to lower case without apostrophes ("whats"),
 * as an alternation for a regular expression: what, who, whom, whose, which, when, where, why, how. Each reader adds its own
 * (an auxiliary opening the question, "whether").
 */
export const QUESTION_WORDS_EN = 'what|whats|who|whom|whose|which|when|where|why|how';
