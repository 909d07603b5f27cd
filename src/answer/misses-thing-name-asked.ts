import { arabicMarkerPattern } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { splitSentences } from './find-speaker.js';
import { namesArabicPerson } from './names-arabic-person.js';
import type { Concepts } from './weigh-concepts.js';

/**
 * "the name(s) of the X" and the head noun X: the last word before a word that ends the noun's phrase (a relative, a
 * preposition, an article opening a clause, a verb of the asking) or the end ("the name of the banned dye in the black
 * henna" → dye, "the first song the choir will sing" → song, "the japanese kendo master" → master).
 */
const NAME_OF_EN =
  /\bnames?\s+of\s+(?:the\s+|a\s+|an\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}?([a-z]+)(?=\s+(?:that|which|who|whom|in|at|of|for|from|on|with|behind|by|to|is|was|are|were|will|would|did|does|has|had|have|the|used|held|called)\b|\s*[?.!,]|\s*$)/iu;
/** "the tower's name", "the games' names". */
const POSSESSIVE_EN = /\b([a-z]+)(?:'s|s'|')\s+names?\b/iu;
/** `شنو اسم الصبغة`, `ما أسماء الألعاب`, `شنو اسم أول أغنية` (normalised): the word named, past an ordinal. */
const NAME_OF_AR = /(?:^|\s)(?:ما|شو|ايش|شنو|وش)\s+(?:هو\s+|هي\s+)?(?:اسم|اسماء)\s+(?:(?:ال)?(?:اول|ثاني|اخر)\s+)?([\u0621-\u064A]+)/u;
/** A relative after `اسم` asks a doer (`اسم اللي لقى`), not a thing: left to the checks of a person's name. */
const RELATIVE_AR = /^(?:اللي|الذي|التي|الذين|اللذين|اللتين)$/u;

/** The thing a question asks the name of: its head noun's analysed forms, with its concept's other single words (its other language's). */
export interface ThingNameAsked {
  forms: ReadonlySet<string>;
}

/**
 * The thing whose name a question asks ("what is the name of the tower", `شنو اسم الفرقة`), any noun: the head noun's
 * analysed form and the single-word alternatives of the question's concept holding it (the other language's word for
 * it), or undefined when the question asks no name. Pure.
 */
export function thingNameAsked(question: string, concepts: Concepts): ThingNameAsked | undefined {
  const english = NAME_OF_EN.exec(question)?.[1] ?? POSSESSIVE_EN.exec(question)?.[1];
  const arabic = english === undefined ? NAME_OF_AR.exec(normaliseArabic(question))?.[1] : undefined;
  const word = english ?? arabic;
  if (word === undefined || RELATIVE_AR.test(word)) return undefined;
  const head = analyseText(word)[0];
  if (head === undefined) return undefined;
  const concept = concepts.list.find((c) => c.group.some((phrase) => phrase.length === 1 && phrase[0] === head));
  const others = concept?.group.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0] as string) ?? [];
  return { forms: new Set([head, ...others]) };
}

/** What may follow the noun to give its name: a comma, a verb of naming, then a capital or a quotation mark ("the dye, PPD", "a tower called Al Hamra"). */
const NAME_AFTER = /^,?\s+(?:(?:named|called|dubbed|titled|entitled|known\s+as)\s+)?(?:["“‘«]|\p{Lu})/u;
/** A name then the noun after a comma ("Reem Al-Saleh, a 14-year-old champion"). */
const APPOSITIVE = /\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*,\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?$/u;
/** A quoted stretch: what the wire names a title, a campaign or a product by. */
export const QUOTED = /["“«][^"”»]{2,}["”»]/u;
/**
 * A quoted or bracketed stretch in Arabic copy (`"سدو-1"`, `(كل قطرة تهم)`), not an agency's marker (`(كونا)`, `(وام)`: the
 * source, which names nothing of the story), or a word in Latin letters.
 */
export const QUOTED_AR = new RegExp(`["“«][^"”»]{2,}["”»]|\\((?!\\s*(?:${arabicMarkerPattern})\\s*\\))[^)]{2,}\\)|[A-Za-z]{2,}`, 'u');

/** Whether an English sentence ties a name to a word of the thing asked (see NAME_AFTER, APPOSITIVE, QUOTED), or writes it capitalised inside the sentence. */
function namesInEnglish(sentence: string, forms: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(/[\p{L}'-]+/gu)) {
    const word = match[0];
    if (!forms.has(analyseText(word)[0] ?? '')) continue;
    const at = match.index ?? 0;
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + word.length);
    if (QUOTED.test(sentence) || NAME_AFTER.test(after) || APPOSITIVE.test(before)) return true;
    // A common noun capitalised inside a sentence is part of a name ("Liberation Tower", "the Tower of Kuwait").
    if (/^\p{Lu}/u.test(word) && before.trim().length > 0) return true;
  }
  return false;
}

/**
 * Whether an Arabic sentence gives a name: a quoted or bracketed one, a word in Latin letters (see QUOTED_AR), or a
 * person's name within three words after a word of the thing asked (`الجراح فلان الفلاني`). Arabic copy may call the thing
 * by another word than the asker's (`الجواد` for `الخيل`), so a quoted name anywhere counts.
 */
function namesInArabic(sentence: string, forms: ReadonlySet<string>): boolean {
  if (QUOTED_AR.test(sentence)) return true;
  const words = normaliseArabic(sentence).split(/\s+/u);
  return words.some((w, i) => forms.has(analyseText(w)[0] ?? '') && namesArabicPerson(words.slice(i + 1, i + 4).join(' ')));
}

/**
 * Whether a dispatch misses the name a question asks of a thing (see thingNameAsked): no sentence gives one. The wire
 * that does not know a name writes the thing by what it is ("a banned dye", "a 60-storey tower", "a visiting Japanese
 * master"); one that knows it writes it ("Al Hamra Tower", `الجواد "نايف"`). Pure.
 */
export function missesThingNameAsked(asked: ThingNameAsked, texts: readonly string[]): boolean {
  return !texts.some((text) => splitSentences(text).some((sentence) => (isArabicScript(sentence) ? namesInArabic(sentence, asked.forms) : namesInEnglish(sentence, asked.forms))));
}
