import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { demonymLines } from '../text/country-demonyms-data.js';
import { findEntitiesInTokens } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';

/** What a question may ask of where one belongs: a nationality, where one lives, where a body has its seat. */
export type Home = 'nationality' | 'residence' | 'seat';

/** An Arabic word ends where no Arabic letter follows (Arabic read normalised: ة → ه, أ → ا, ى → ي). */
const END = '(?![\\u0621-\\u064A])';
const START = '(?<![\\u0621-\\u064A])';

/**
 * The question's asking of each (Arabic normalised): "what nationality", "the patient's nationality", `ما جنسية`, `جنسيته`;
 * "where does he live", "where do they live", `وين ساكن`, `وين يسكن`, `أين تقيم`; "where is the society based", "its
 * headquarters", `وين مقر`, `أين مقرها`. Not "nationals" (a championship), not `جنس` alone (the sex).
 */
const ASKED: ReadonlyArray<readonly [Home, RegExp]> = [
  ['nationality', new RegExp(`\\bnationality\\b|\\bnationalities\\b|${START}(?:[وبل]?ال)?جنسي(?:ه|ته|تها|تهم|ات)${END}`, 'iu')],
  [
    'residence',
    new RegExp(
      `\\bwhere\\s+(?:does|do|did)\\s+(?:[\\w'-]+\\s+){1,4}?(?:live|reside)\\b|\\bwhere\\s+(?:[\\w'-]+\\s+){1,4}?(?:lives|resides|lived|resided)\\b|(?:وين|اين|فين)\\s+(?:[\\u0621-\\u064A]+\\s+){0,2}?(?:ساكن|ساكنه|ساكنين|يسكن|تسكن|يسكنون|عايش|عايشه|يعيش|تعيش|يقيم|تقيم|يقيمون|مسكن|سكن)${END}`,
      'iu',
    ),
  ],
  ['seat', new RegExp(`\\b(?:headquarters|head\\s+office|headquartered)\\b|\\bwhere\\s+is\\s+(?:[\\w'-]+\\s+){1,5}?based\\b|${START}(?:[وبل]?ال)?مقر(?:ه|ها|هم)?${END}`, 'iu')],
];

/** English demonyms of the gazetteer's countries ("Kuwaiti", "Indians"), as the wire writes them: capitalised. */
const DEMONYMS = new Set(demonymLines.split('\n').flatMap((line) => (line.includes('|') ? (line.trim().split('|')[1] ?? '').split(';') : [])));

/**
 * Words telling one's nationality in either language: a citizen, an expatriate, a stateless resident, the word nationality
 * itself, and the adjectives of a region the wire gives for one ("an Asian expatriate", `وافد آسيوي`, `خليجي`). Not `وافد`
 * alone: `حالة وافدة` is an imported case, and the wire that tells an expatriate's nationality adds it (`وافد مصري`).
 */
const NATIONALITY_WORDS = new RegExp(
  `\\b(?:citizens?|expatriates?|expats?|stateless|nationality|nationalities|Asians?|Arabs?|Africans?|Europeans?|Westerners?|Gulf\\s+nationals?)\\b|${START}(?:[وبلف]?ال|لل)?(?:مواطن|مواطنه|مواطنين|مواطنون|مواطنات|جنسيه|جنسيته|جنسيتها|جنسيات|اسيوي|اسيويه|اسيويين|عربي|عربيه|عرب|خليجي|خليجيه|خليجيين|افريقي|افريقيه|اوروبي|اوروبيه)${END}`,
  'iu',
);

/** Whether a text tells someone's nationality: a word for it, an English demonym, or an Arabic nisba adjective of a country (`الكويتي`, `هندية`). */
function tellsNationality(text: string): boolean {
  if (NATIONALITY_WORDS.test(text)) return true;
  if ((text.match(/\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g) ?? []).some((word) => DEMONYMS.has(word))) return true;
  const { byId } = loadGazetteer();
  // An Arabic adjective of a country: the nisba ending on a word the gazetteer reads as a country (the name alone has none).
  const nisbas = (text.match(/[\u0621-\u064A]+(?:ي|يه|يين|يون|يات)(?![\u0621-\u064A])/gu) ?? []).filter((word) => word.length >= 4);
  return nisbas.some((word) => findEntitiesInTokens(analyseText(word)).some((id) => byId.get(id)?.kind === 'country'));
}

/**
 * Words telling where one lives (Arabic normalised): "lives in", "residents of", "at his home in", `يسكن`, `يقيم في`, `من سكان`,
 * `منزله`, `القاطن`. Not "a resident" or `مقيم` alone: the wire's word for an expatriate, not for where one lives.
 */
const RESIDENCE_TOLD = new RegExp(
  `\\b(?:lives?|lived|living|resides?|resided|residing|(?:residents?|inhabitants?)\\s+of|home|homes|house)\\b|${START}(?:[وبلف]?ال|لل)?(?:ساكن|ساكنه|سكان|قاطن|قاطنين|منزل|منزله|منزلها|منازل|بيت|بيته|بيتها|مسكن|مسكنه)${END}|${START}(?:[وف]?(?:ي|ت|ن)(?:سكن|قيم|قطن|عيش)(?:ون|ان)?)${END}`,
  'iu',
);

/** Words telling where a body has its seat: "headquarters", "based in", "head office", `مقر`, `مقرها`. */
const SEAT_TOLD = new RegExp(`\\b(?:headquarters|headquartered|head\\s+office|based\\s+in|offices?\\s+in)\\b|${START}(?:[وبلف]?ال|لل)?مقر(?:ه|ها|هم)?${END}`, 'iu');

const TOLD: Readonly<Record<Home, (text: string) => boolean>> = {
  nationality: tellsNationality,
  residence: (text) => RESIDENCE_TOLD.test(text),
  seat: (text) => SEAT_TOLD.test(text),
};

/** What a question asks of where one belongs (see ASKED): a nationality, a residence, a seat; empty for most questions. Pure. */
export function homesAsked(question: string): Home[] {
  const folded = normaliseArabic(question);
  return ASKED.filter(([, pattern]) => pattern.test(folded)).map(([home]) => home);
}

/**
 * Whether a passage misses where one belongs as a question asks it: asked the patient's nationality, a passage (with the
 * paragraph before and its story's headline and lead: `texts`) naming no citizen, expatriate or country adjective; asked
 * where he lives, one with no word of living or home; asked a body's seat, one naming no headquarters. The wire tells
 * these in their own words when it knows them, and a passage without them tells another fact of the same story. Pure.
 */
export function missesHomeAsked(homes: readonly Home[], texts: readonly string[]): boolean {
  const text = normaliseArabic(texts.join('\n'));
  return homes.length > 0 && !homes.some((home) => TOLD[home](text));
}
