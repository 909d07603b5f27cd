import { latinMarkerPattern } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { AR_DATING_WORD } from './calendar-words.js';
import { splitSentences } from './find-speaker.js';
import { QUOTED, QUOTED_AR } from './misses-thing-name-asked.js';
import { namesArabicPerson } from './names-arabic-person.js';
import type { Concepts } from './weigh-concepts.js';

/**
 * The thing a "which" question asks to pick out, as the asker describes it: its head noun's analysed forms, with its
 * concept's other single words (its other language's), and every word the question asks by, in either language.
 */
export interface WhichAsked {
  forms: ReadonlySet<string>;
  own: ReadonlySet<string>;
}

/**
 * "which government office used", "which folk song did": a word that describes the thing, then its head noun, the last
 * word before a verb of the asking, a relative, a preposition or the end.
 */
const WHICH_EN =
  /\bwhich\s+(?:(?!(?:did|do|does|is|was|are|were|has|had|have|will|would|can|could|the|a|an|of|in|at|on|to|for|from|with|by)\b)[a-z-]+\s+){1,3}?([a-z-]+)(?=\s+(?:did|do|does|is|was|are|were|has|had|have|will|would|can|could|that|who|whom|in|at|on|of|for|from|to|by|with|[a-z]+ed|won|made|got|took|gave|came|went|sold|bought|held|ran|saw|found|built|wrote|sang|hosted)\b|\s*[?.!,]|\s*$)/iu;
/** `أي دائرة حكومية`, `لأي جهة رسمية` (normalised): the word after `أي` and the adjective of relation describing it. */
const WHICH_AR = /(?:^|\s)[لب]?اي\s+([\u0621-\u064A]+)\s+[\u0621-\u064A]+(?:ي|يه|يين|يون|يات)(?:\s|$)/u;
/** Nouns of the asking, not a thing to pick out: "which day", "which way", "which one", "which kind". */
const NOT_A_THING = /^(?:day|days|date|time|times|year|years|month|months|week|weeks|hour|hours|way|ways|one|ones|kind|kinds|type|types|sort|sorts|side|part|parts|of)$/iu;
const NOT_A_THING_AR = /^(?:يوم|ايام|وقت|ساعه|سنه|عام|شهر|اسبوع|واحد|واحده|نوع|طريقه|جهه)$/u;

/**
 * The thing a question of no other kind asks which one is, described by a word of the asker's ("which government office
 * used it", `أي دائرة حكومية`): its forms and the question's own words (see WhichAsked); undefined when it asks no "which",
 * names the thing bare ("which evenings") or picks a time, a way or a kind. Pure.
 */
export function whichAsked(question: string, concepts: Concepts): WhichAsked | undefined {
  const folded = normaliseArabic(question).replace(/[؟?!.,،]/gu, ' ');
  const word = WHICH_EN.exec(question)?.[1] ?? WHICH_AR.exec(folded)?.[1];
  if (word === undefined || NOT_A_THING.test(word) || NOT_A_THING_AR.test(word)) return undefined;
  const head = analyseText(word)[0];
  if (head === undefined) return undefined;
  const concept = concepts.list.find((c) => c.group.some((phrase) => phrase.length === 1 && phrase[0] === head));
  const others = [...(concept?.group ?? []), ...(concept?.translated ?? [])].filter((phrase) => phrase.length === 1).map((phrase) => phrase[0] as string);
  const own = new Set([...analyseText(question), ...concepts.list.flatMap((c) => [...c.group, ...(c.translated ?? [])].flat())]);
  return { forms: new Set([head, ...others]), own };
}

/** A capitalised word that opens a clause, not a name: an agency learning it, a pronoun, an article. */
const NOT_A_NAME = new RegExp(`^(?:${latinMarkerPattern}|The|It|He|She|They|This|A|An)$`, 'u');
/** What may follow the noun to name it or list the ones meant: a name after a comma or a verb of naming, "of" and a name, a list. */
const NAMED_AFTER = /^(?:,?\s+(?:(?:named|called|dubbed|titled|known\s+as)\s+)?["“‘«(]|\s+of\s+(?:the\s+)?\p{Lu}|\s*:|,?\s+(?:including|such\s+as|like|namely)\b)/u;
const NAME_AFTER = /^,?\s+(?:(?:named|called|dubbed|titled|known\s+as)\s+)?(?:the\s+)?(\p{Lu}[\p{L}'-]*)/u;
/** Words that open a list of the ones meant after the noun (normalised): `هي`, `منها`, `مثل`, `أبرزها`. */
const LIST_AR = /^(?:و?هي|و?هم|هما|منها|بينها|مثل|ابرزها|اهمها|:)$/u;

/** Whether an English sentence ties a name to the word at `at`: the word capitalised inside a name, a capitalised word before it, a name or a list after it, or a quoted one. */
function namesInEnglish(sentence: string, word: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + word.length);
  if (QUOTED.test(sentence) || NAMED_AFTER.test(after)) return true;
  const name = NAME_AFTER.exec(after)?.[1];
  if (name !== undefined && !NOT_A_NAME.test(name)) return true;
  if (/^\p{Lu}/u.test(word) && before.trim().length > 0) return true;
  // "the Salmiya office": a capitalised word right before, not the sentence's first.
  const previous = /(\S+)\s+(\S+)\s+$/u.exec(before);
  return previous !== null && /^\p{Lu}[\p{L}'-]*$/u.test(previous[2] ?? '') && !NOT_A_NAME.test(previous[2] ?? '') && !/[.,:;]$/u.test(previous[1] ?? '');
}

/**
 * Whether an Arabic sentence ties a name to the word at `i`: an indefinite word in construct with a definite one (`مدرسة
 * الفحيحيل`, not `مدرسة اليوم`), a list after it (`سبع مناطق هي …`), a person's name after it (`ديوانية فلان`), or a quoted
 * name anywhere. A definite word's definite adjective (`الدائرة الحكومية`) names nothing.
 */
function namesInArabic(sentence: string, words: readonly string[], i: number): boolean {
  if (QUOTED_AR.test(sentence)) return true;
  const word = words[i] ?? '';
  const next = (words[i + 1] ?? '').replace(/[^\p{L}:]/gu, '');
  if (LIST_AR.test(next) || /:$/u.test(word)) return true;
  if (/^(?:ال|لل)/u.test(next) && !AR_DATING_WORD.test(next) && !/^(?:[وبلفك]?ال|لل)/u.test(word)) return true;
  return namesArabicPerson(words.slice(i + 1, i + 4).join(' '));
}

/** An English figure, in digits or words: "12 artists" counts the thing, it does not say which. */
const FIGURE = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|hundreds?|thousands?|dozens?)$/iu;
const ENDS_CLAUSE = /[.,،؛:;)]$/u;

/**
 * How a word next to the thing describes it: not at all (a function word, a figure, none), in the asker's own words
 * ("a folk song" asked "which folk song"), or further (a word of the wire's own: "a regional tournament", "silver medal").
 */
function describes(word: string | undefined, own: ReadonlySet<string>): 'none' | 'own' | 'further' {
  const bare = (word ?? '').replace(/[^\p{L}\p{N}'-]/gu, '');
  const tokens = analyseText(bare);
  if (tokens.length === 0 || FIGURE.test(bare)) return 'none';
  return tokens.every((token) => own.has(token)) ? 'own' : 'further';
}

/**
 * How the words next to the thing describe it, the nearest first: up to three, to a function word, a figure or a clause's
 * end (see describes). A word of the wire's own among them ("a regional frisbee tournament", `العيد الوطني الخامس`) sorts it further.
 */
function describedBy(near: readonly string[], own: ReadonlySet<string>): 'none' | 'own' | 'further' {
  let how: 'none' | 'own' | 'further' = 'none';
  for (const word of near.slice(0, 3)) {
    const one = describes(word, own);
    if (one === 'none') break;
    if (one === 'further') return 'further';
    how = 'own';
    if (ENDS_CLAUSE.test(word)) break;
  }
  return how;
}

/** The English modifiers before the thing, back to a clause's end. */
const describedBefore = (before: readonly string[], own: ReadonlySet<string>) => {
  const end = before.findLastIndex((word) => ENDS_CLAUSE.test(word));
  return describedBy(before.slice(end + 1).reverse(), own);
};

/**
 * Whether a story (a dispatch and its other version) misses the one a "which" question asks to pick out (see whichAsked):
 * it describes the thing in the asker's own words ("a government office", `دائرة حكومية`, "with a folk song") and
 * nowhere further: no name, no list of the ones meant, no word of its own sorting it (the words before it in English,
 * its adjectives after it in Arabic). The wire that knows which writes it; one that does not describes the thing as the asker does.
 * A story that never describes the thing so is not judged. Pure.
 */
export function missesWhichAsked(asked: WhichAsked, texts: readonly string[]): boolean {
  let described = false;
  for (const sentence of texts.flatMap((text) => splitSentences(text))) {
    const arabic = isArabicScript(sentence);
    const words = (arabic ? normaliseArabic(sentence) : sentence).split(/\s+/u).filter(Boolean);
    let at = 0;
    for (let i = 0; i < words.length; i++) {
      const raw = words[i] as string;
      const start = sentence.indexOf(raw, at);
      at = start < 0 ? at : start + raw.length;
      const word = raw.replace(/[^\p{L}'-]/gu, '');
      if (!asked.forms.has(analyseText(word)[0] ?? '')) continue;
      if (arabic ? namesInArabic(sentence, words, i) : namesInEnglish(sentence, word, sentence.indexOf(word, Math.max(start, 0)))) return false;
      const how = arabic ? (ENDS_CLAUSE.test(raw) ? 'none' : describedBy(words.slice(i + 1), asked.own)) : describedBefore(words.slice(0, i), asked.own);
      if (how === 'further') return false;
      if (how === 'own') described = true;
    }
  }
  return described;
}
