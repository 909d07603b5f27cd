import { normaliseArabic } from '../text/analyse-arabic.js';
import { findEntities } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { splitSentences } from './find-speaker.js';

/** "in all of Kuwait", "across the whole country", "nationwide": a count of the whole country is asked. */
const WHOLE_EN = /\b(?:(?:all|the\s+whole)\s+(?:of\s+)?kuwait|all\s+over\s+kuwait|kuwait\s+as\s+a\s+whole|(?:the\s+)?(?:whole|entire)\s+country|nationwide|countrywide)\b/iu;
/** `بالكويت كلها`, `في كل الكويت`, `على مستوى الكويت`, `البلاد كلها` (normalised). */
const WHOLE_AR = /(?:^|\s)[بل]?(?:ال)?(?:كويت|بلاد)\s+كل(?:ها|ه)(?:\s|$)|(?:^|\s)(?:كل|جميع|انحاء|مستوي)\s+(?:انحاء\s+)?(?:ال)?(?:كويت|بلاد)(?:\s|$)/u;

/** A sentence's word for the whole country: "nationwide", "across the country", `البلاد`, `أنحاء الكويت`. */
const WHOLE_TOLD = /\b(?:nationwide|countrywide|(?:across|throughout|in)\s+the\s+country|in\s+all\s+(?:\w+\s+)?governorates)\b|(?:^|\s)(?:[لب]?البلاد|انحاء|مستوي|جميع\s+المحافظات)(?:\s|$)/iu;

/**
 * The country a "how many" question asks the whole of ("how many hydrants in all of Kuwait", `كم جربوع بالكويت كلها`):
 * the country it names, else the wire's own (`home`, a gazetteer id), or undefined when no whole country is asked. Pure.
 */
export function wholeCountryAsked(question: string, home = 'kuwait'): string | undefined {
  if (!WHOLE_EN.test(question) && !WHOLE_AR.test(normaliseArabic(question).replace(/[؟?!.,،]/gu, ' '))) return undefined;
  const { byId } = loadGazetteer();
  return findEntities(question).find((id) => byId.get(id)?.kind === 'country') ?? home;
}

/**
 * Whether a passage misses a count of the whole country: none of its sentences with a figure names the country as a
 * whole (the country itself, not a body named after it: "Kuwait Municipality"; or "nationwide", `البلاد`). A count
 * of one district, one reserve or one campaign ("230 jerboas in the reserve") is a part, not the country's. Pure.
 */
export function missesWholeCount(country: string, text: string): boolean {
  return !splitSentences(text).some(
    (sentence) =>
      /\d/u.test(sentence) &&
      (WHOLE_TOLD.test(normaliseArabic(sentence)) || findEntities(sentence).some((id) => id === country)),
  );
}
