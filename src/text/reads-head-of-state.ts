import { normaliseArabic } from './analyse-arabic.js';
import { loadGazetteer, matchEntityAt } from './gazetteer.js';
import type { WrittenWords } from './written-words.js';

/** The gazetteer's head of state, whose Arabic form `الرئيس` the stemmer shares with every head and the adjective "main". */
export const PRESIDENT = 'president';

/** The article after an optional conjunction and preposition (`ال`, `وال`, `بال`, `لل`, `ولل`), folded. */
const ARTICLE = '(?:[وف]?[بك]?ال|[وف]?لل)';
/** The proclitics and the article a noun may be written with (`رئيس`, `لرئيس`, `الرئيس`, `وللرئيس`), folded. */
const PROCLITICS = `(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)`;

/** The noun `رئيس` (or `رئيسة`) behind its proclitics and article, as normaliseArabic writes it; not the adjective `رئيسي`, `رئيسية`. */
const HEAD_NOUN = new RegExp(`^${PROCLITICS}(?:رئيس|رئيسه)$`);
/** The noun with the article, "the president" itself (`الرئيس`, `والرئيس`, `للرئيس`). */
const DEFINITE = new RegExp(`^${ARTICLE}رئيس$`);
/** `الرئيس` with no word written with the article right after it (`ماذا قال الرئيس عن الحرب`; not `الرئيس التنفيذي`). */
const ALONE = new RegExp(`(?:^|[^\\p{L}])${ARTICLE}رئيس(?![\\p{L}])(?!\\s+${ARTICLE}\\p{L})`, 'u');
/** The state a head of state heads, written after `رئيس` (`رئيس الجمهورية`, `رئيس دولة الإمارات`). */
const STATE = new RegExp(`^${PROCLITICS}(?:جمهوريه|دوله)$`);

/**
 * Whether an Arabic word the gazetteer reads as the president (`رئيس` at `index` of the words of `text`) stands for a
 * head of state: the noun, not the adjective "main" (`القاعة الرئيسية`, `الشوط الرئيسي`), and heading a state (`رئيس
 * الجمهورية`, `رئيس دولة …`, `الرئيس` before a country or a person: `الرئيس الأمريكي`, `الرئيس بوتين`) or the president
 * alone (`الرئيس`, unless an adjective names another post: `الرئيس التنفيذي`). `رئيس الاتحاد` heads a union, `رئيسة
 * اللجنة` a committee: there the word is a head of its own, which the wire calls "head", "chairman" or "president",
 * not the president every passage would have to name. Pure.
 */
export function readsHeadOfState(text: string, words: WrittenWords, index: number): boolean {
  const word = normaliseArabic(words.arabicWord(index));
  if (!HEAD_NOUN.test(word)) return false;
  const { byId } = loadGazetteer();
  const next = words.arabicWord(index + 1);
  const named = matchEntityAt(words.tokens, index + 1);
  const kind = named ? byId.get(named.id)?.kind : undefined;
  if (kind === 'country' || kind === 'person' || STATE.test(normaliseArabic(next))) return true;
  // "The president" alone: the word after it, if any, no adjective of his post (an adjective takes the article as `الرئيس` does).
  return DEFINITE.test(word) && ALONE.test(normaliseArabic(text));
}
