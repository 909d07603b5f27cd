import { normaliseArabic } from '../text/analyse-arabic.js';
import type { AnswerType } from './answer-type.js';

/** An event's opening told or asked: "opened", "the opening night", "kicked off", `افتتح`, `انطلقت فعاليات`. Arabic normalised. */
const OPENING = /\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|kick(?:s|ed)?\s+off|inaugurat\w*)\b|افتتاح|افتتح|انطلق|انطلاق|تدشين|دشن/iu;
/** An event's close told or asked: "closed", "the closing night", "wrapped up", `اختتم`, `حفل الختام`. Arabic normalised. */
const CLOSING = /\b(?:clos(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|wrap(?:s|ped)?\s+up)\b|ختام|اختتام|اختتم|يختتم|تختتم/iu;

/**
 * Whether a dispatch tells the other end of an event than the question asks: asked who sings at a
 * festival's closing night, a dispatch that tells only its opening concert (and never its close) is
 * a near miss, and the reverse. A question asking when or how long is left alone: the wire tells the
 * close of what it reports opened as a date ("will run until Thursday"). `texts` are the dispatch's
 * headline and paragraphs. Pure.
 */
export function tellsOtherPhase(question: string, type: AnswerType | null, texts: readonly string[]): boolean {
  if (type === 'date' || type === 'duration') return false;
  const asked = normaliseArabic(question);
  const told = normaliseArabic(texts.join('\n'));
  const asksClose = CLOSING.test(asked) && !OPENING.test(asked);
  const asksOpening = OPENING.test(asked) && !CLOSING.test(asked);
  return (asksClose && OPENING.test(told) && !CLOSING.test(told)) || (asksOpening && CLOSING.test(told) && !OPENING.test(told));
}
