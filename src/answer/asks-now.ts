import { normaliseArabic } from '../text/analyse-arabic.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';
import { asksStill } from './misses-still-asked.js';

/** "Now" as the asker says it: "now", "currently", "at the moment", `الحين`, `حاليا`, `الآن`, `هالحين`. Arabic normalised. */
const NOW = new RegExp(`\\b(?:now|currently|at\\s+the\\s+moment|at\\s+present)\\b|(?:^|\\s)(?:الحين|هالحين|حاليا|الان)${ARABIC_WORD_END}`, 'iu');

/**
 * Whether a question asks how a thing stands now: "when does the show close now", "how many so far", "is it still
 * open", `متى الحين بتنضم`, `لين الحين` (see asksStill). A story the wire updates changes its facts (the show extended,
 * the count raised, the date moved): asked with no day named, the story's newest report tells how it stands, as when
 * the latest is asked. Pure.
 */
export const asksNow = (question: string): boolean => NOW.test(normaliseArabic(question)) || asksStill(question);
