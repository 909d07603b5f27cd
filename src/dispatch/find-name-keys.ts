import { findEntities } from '../text/find-entities.js';
import { MIN_NAME_SKELETON, nameKeys } from '../text/match-name-across-scripts.js';
import { memoiseBounded } from '../text/memoise-bounded.js';
import { nameSkeleton } from '../text/transliterate-name.js';
import type { Lang } from './dispatch-types.js';

/**
 * Capitalised English words that are not names, or that every story of a day may write: months and
 * weekdays (`February` and `فبراير` meet), titles, the agency's own name.
 */
const NOT_NAMES = new Set(
  [
    'The A An And Of On In At To For By With From His Her Its Their This That These Those It He She They We UPDATE CORRECTION URGENT FLASH Corrects Some More Most',
    'January February March April May June July August September October November December',
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'Sheikh Sheikha Mr Mrs Ms Dr Highness Excellency Minister Ministry Deputy President Chairman Director General Undersecretary Ambassador',
    'KUNA News Agency',
  ]
    .join(' ')
    .split(' '),
);

/** Skeletons and keys of words already seen: a wire repeats its vocabulary, and skeletons cost a few regexes a word. */
const CACHED_WORDS = 50_000;
const skeletonOf: (word: string) => readonly string[] = memoiseBounded(nameSkeleton, CACHED_WORDS);

const keysOfWord: (word: string) => readonly string[] = memoiseBounded(
  (word: string) =>
    skeletonOf(word)
      .filter((skeleton) => skeleton.length >= MIN_NAME_SKELETON)
      .flatMap((skeleton) => nameKeys(skeleton).full.filter((key) => key.length >= MIN_NAME_SKELETON)),
  CACHED_WORDS,
);

/**
 * Consonant-skeleton keys of the names in a headline and lead, comparable across scripts
 * (`Al-Maousherji` and `المعوشرجي`, `Shuwaikh` and `الشويخ`): in English the capitalised words, in
 * Arabic, which has no capitals, every word (only keys an English name also yields ever meet).
 * Names no gazetteer lists then still tie an Arabic dispatch to its English version. Pure.
 */
export function findNameKeys(text: string, lang: Lang): string[] {
  const words = text.split(lang === 'en' ? /[^A-Za-z\u00C0-\u024F'’-]+/ : /[^\u0621-\u0652\u0670-\u06D3]+/);
  const isName = lang === 'en' ? (word: string) => word.length >= 3 && /^[A-Z\u00C0-\u00DE]/.test(word) && !NOT_NAMES.has(word) : (word: string) => word.length >= 3;
  const keys = new Set<string>();
  words.forEach((word, i) => {
    if (!isName(word)) return;
    for (const key of keysOfWord(word)) keys.add(key);
    const next = words[i + 1];
    if (next !== undefined && isName(next)) for (const key of keysOfPair(`${word} ${next}`)) keys.add(key);
  });
  return [...keys].sort();
}

/**
 * pairKeys of two adjacent words written as `first second` (words hold no space), remembered: in
 * Arabic every pair of words comes here, and a wire repeats its phrases, each of which would
 * otherwise cost a gazetteer lookup (`findEntities`) again.
 */
const keysOfPair: (pair: string) => readonly string[] = memoiseBounded((pair: string) => {
  const space = pair.indexOf(' ');
  return pairKeys(pair.slice(0, space), pair.slice(space + 1));
}, CACHED_WORDS);

/**
 * Keys of two adjacent name words of which one is too short to match alone (`Talal Al-Subaie` and
 * `طلال السبيعي`: `TL+SB`; `Hamad Al-Rifaei`: `HMD+RF`): two short skeletons side by side are as
 * rare as one long one, and a person's first and family names stand together in both scripts. Not
 * where either word is a gazetteer entry (`Eid Al-Fitr`, `Kuwait Hotel`): entity keys count those.
 */
function pairKeys(first: string, second: string): string[] {
  // Every pair of Arabic words comes here: the skeletons of both are the words' remembered ones.
  const a = skeletonOf(first).at(-1);
  const b = skeletonOf(second)[0];
  if (a === undefined || b === undefined || a.length < PAIR_PART || b.length < PAIR_PART) return [];
  if (a.length >= MIN_NAME_SKELETON && b.length >= MIN_NAME_SKELETON) return [];
  if (findEntities(`${first} ${second}`).length > 0) return [];
  return nameKeys(a).full.flatMap((x) => nameKeys(b).full.map((y) => `${x}+${y}`));
}

/** Shortest skeleton a pair key takes a part of: one consonant is any word. */
const PAIR_PART = 2;
