import { normaliseArabic, normaliseArabicKeepingHamza } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { splitSentences } from './find-speaker.js';
import type { Concepts } from './weigh-concepts.js';

/**
 * What a question asks of a thing's sort: its colour ("what colour", `شنو لونها`), or its kind or brand ("what kind of
 * jerboa", "what brand is the typewriter", `شنو نوع العقارب`, `أي ماركة مكعبات`), with the thing's words as the question
 * writes them.
 */
export type KindAsked = { sort: 'colour' } | { sort: 'kind' | 'brand'; thing: readonly string[] };

const KIND_EN = 'kinds?|types?|sorts?|variet(?:y|ies)|breeds?|species';
const BRAND_EN = 'brands?';
/** "What make is the robotic arm": "make" names a brand only as the asked noun right after "what"/"which" (never "make of", a verb's). */
const MAKE_EN = 'makes?';
/** "what kind of (the) jerboa", "which brand of insecticide": the thing is the word after "of" (the next may be a verb: "what kind of lizard bit"). */
const OF_EN = new RegExp(`\\b(${KIND_EN}|${BRAND_EN})\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?([a-z-]+)`, 'iu');
/** "what breed are the police dogs", "what brand is the oldest typewriter at the show": the thing is what stands before a preposition or the end. */
const IS_EN = new RegExp(`\\b(?:what|which)\\s+(${KIND_EN}|${BRAND_EN}|${MAKE_EN})\\s+(?:is|are|was|were)\\s+(?:the\\s+|a\\s+|an\\s+)?([a-z-]+(?:\\s+[a-z-]+){0,2}?)(?=\\s+(?:at|in|on|from|that|which|who|used|of|for)\\b|\\s*[?(.,]|\\s*$)`, 'iu');
export const COLOUR_EN = /\bcolou?rs?\b/iu;
/** `نوع`, `أنواع`, `صنف`, `سلالة`, `فصيلة`, `ماركة` (normalised), then the thing, past a word of how many of it (`ماركة أغلب الألعاب`: the toys). */
const KIND_AR = /(?:^|\s)(?:[بل]?(?:نوع|انواع|صنف|اصناف|سلاله|فصيله)|(ماركه|ماركات))\s+(?:من\s+)?(?:(?:اغلب|معظم|بعض|كل|اكثر)\s+)?(\S+)/u;
/** The same words owning the thing by a pronoun (`شنو نوعها`, `ماركتها`): the thing is the question's opening noun phrase. */
const OWNED_AR = /(?:^|\s)(?:(?:نوع|صنف|سلالت|فصيلت)(?:ه|ها|هم)|(ماركت(?:ه|ها|هم)))(?:\s|$)/u;
export const COLOUR_AR = /(?:^|\s)(?:لون|لونه|لونها|لونهم|اللون|الوان|الوانها)(?:\s|$)/u;
/** A count of kinds ("how many kinds", `كم نوع`) asks a number, not which kind. */
const COUNT = /\bhow\s+many\b|(?:^|\s)(?:(?:ب|ل)?كم|عدد)(?:\s|$)/u;

/** The words that open an Arabic question before its first function word, preposition or relative (`أقدم آلة كاتبة بالمعرض` → `أقدم آلة كاتبة`). */
function openingNounPhrase(folded: string): string[] {
  const words: string[] = [];
  for (const word of folded.split(/\s+/u).filter(Boolean)) {
    if (analyseText(word).length === 0 || /^(?:[بلف]ال|شنو|ايش|وش|اي|اللي)$|^[بلف]ال/u.test(word)) break;
    words.push(word);
  }
  return words;
}

/** The sort a question asks of a thing (see KindAsked), or undefined: a count of kinds is a number. Pure. */
export function kindAsked(question: string): KindAsked | undefined {
  const folded = normaliseArabic(question).replace(/[؟?!.,،()]/gu, ' ').trim();
  if (COUNT.test(folded.toLowerCase())) return undefined;
  if (COLOUR_EN.test(question) || COLOUR_AR.test(folded)) return { sort: 'colour' };
  const english = OF_EN.exec(question) ?? IS_EN.exec(question);
  // The head noun names the thing: "the oldest typewriter", "the police dogs".
  if (english) return { sort: /^(?:brand|make)/iu.test(english[1] ?? '') ? 'brand' : 'kind', thing: (english[2] ?? '').split(/\s+/u).filter((word) => analyseText(word).length > 0).slice(-1) };
  const arabic = KIND_AR.exec(folded);
  if (arabic) return { sort: arabic[1] ? 'brand' : 'kind', thing: [arabic[2] ?? ''] };
  const owned = OWNED_AR.exec(folded);
  if (owned) return { sort: owned[1] ? 'brand' : 'kind', thing: openingNounPhrase(folded) };
  return undefined;
}

/** A colour named; "coloured", "colourful" say a thing has colours without naming one, as `ملون` does. */
const COLOURS_EN = /\b(?:colou?rs?|red|green|blue|yellow|black|white|gr[ae]y|orange|purple|pink|brown|golden|silver|beige|turquoise|maroon|navy|violet|striped)\b/iu;
/**
 * An Arabic colour word (normalised), with its clitics and its feminine and plural endings. Not the plurals `بيض`, `صفر`,
 * `خضر`, `حمر`, `سود`, `زرق`: the wire writes them as other words far more (eggs, zero, vegetables: `تحمل البيض`). The feminine
 * without its hamza (`حمرا`) is the Gulf's.
 */
const COLOURS_AR = /(?:^|[\s(«"])(?:[وبلف]?(?:ال|لل)?)(?:لون|الوان|احمر|حمراء?|اخضر|خضراء?|ازرق|زرقاء?|اصفر|صفراء?|اسود|سوداء?|ابيض|بيضاء?|رمادي|برتقالي|بنفسجي|وردي|بني|ذهبي|فضي|بيج|كحلي|عنابي|فيروزي)(?:ه|ات|ين|ون|ا)?(?=$|[\s.,،)»"])/u;
/** A word that names a thing's sort outright ("a Turkish variety", `من نوع البوم`, "brand"). */
const SORT_WORD = /\b(?:kinds?|types?|variet(?:y|ies)|species|breeds?|brands?|made\s+by|such\s+as|including|called|named|known\s+as)\b|(?:^|\s)(?:[وبل]?(?:ال)?(?:نوع|انواع|صنف|اصناف|فصيله|سلاله|ماركه|طراز|فئه)|مثل)(?:\s|$)/iu;
/** An English figure, in digits or words: "230 jerboas", "Twelve jerboas" count, not sort. */
const FIGURE_EN = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|hundreds?|thousands?|dozens?)$/iu;
const COPULA_EN = /^(?:is|are|was|were)$/iu;
/** A participle after "was" is a passive ("were seen", "was found"), not what the thing is. */
const PARTICIPLE_EN = /(?:ed|en|ing)$|^(?:found|made|held|sent|hurt|caught|bought|sold|put|kept|built|brought|left|lost|cut|set|spent|shot|hit|run|done|born|being|also|not|still)$/iu;
const DEFINITE_AR = /^(?:[وفبك]?ال|لل)/u;
const ENDS_CLAUSE = /[.,،؛:;)]$/u;

/** The analysed tokens a passage names the asked thing by: its concept's alternatives in both languages, else its own tokens. */
function thingTokens(thing: readonly string[], concepts: Concepts): Set<string> {
  const own = new Set(thing.flatMap((word) => analyseText(word)));
  const tokens = new Set(own);
  for (const concept of concepts.list) {
    const phrases = [...concept.group, ...(concept.translated ?? [])];
    if (!phrases.some((phrase) => phrase.some((token) => own.has(token)))) continue;
    for (const phrase of phrases) if (phrase.length > 0) tokens.add(phrase.at(-1) as string);
  }
  return tokens;
}

/**
 * Whether one word next to the thing sorts it: a content word the question does not write itself (the question's own
 * "police dogs" is the thing, not its breed), not a figure; for a brand, a name (an English capital, an Arabic word
 * without the article: `مكعبات ليغو`, not `مكعبات الألعاب`).
 */
function sorts(word: string | undefined, brand: boolean, asked: ReadonlySet<string>, before = false): boolean {
  if (word === undefined || /^\d/u.test(word)) return false;
  const bare = word.replace(/[^\p{L}\p{N}'-]/gu, '');
  const tokens = analyseText(bare);
  if (tokens.length === 0 || tokens.some((token) => asked.has(token)) || FIGURE_EN.test(bare)) return false;
  // An English word in -s before the thing is a verb or an owner ("swallows car", "the unit's dogs"), not a sort.
  if (before && !isArabicScript(bare) && /[^s]s$|'s$/iu.test(bare)) return false;
  if (!brand) return true;
  return isArabicScript(bare) ? !/^(?:[وبلف]?ال|لل)/u.test(normaliseArabic(bare)) : /^\p{Lu}/u.test(bare);
}

/** Whether a sentence names the thing with a word that sorts it: after it in Arabic (`أفعى قرناء`), before it in English ("red seaweed"), or "the tree was a juniper". */
function sortsThing(sentence: string, thing: ReadonlySet<string>, brand: boolean, asked: ReadonlySet<string>): boolean | undefined {
  const words = sentence.split(/\s+/u).filter(Boolean);
  let named: boolean | undefined;
  words.forEach((raw, i) => {
    const word = raw.replace(/[^\p{L}\p{N}'-]/gu, '');
    if (!analyseText(word).some((token) => thing.has(token))) return;
    named ??= false;
    const closes = ENDS_CLAUSE.test(raw);
    if (isArabicScript(word)) {
      // A definite noun's adjective is definite too: `السحالي تنشط` is a clause, `السحالي الشوكية` a sort.
      const definite = DEFINITE_AR.test(normaliseArabicKeepingHamza(word));
      const next = words[i + 1];
      if (!closes && sorts(next, brand, asked) && (!definite || DEFINITE_AR.test(normaliseArabicKeepingHamza(next ?? '')))) named = true;
      return;
    }
    const before = words[i - 1];
    if (before !== undefined && !ENDS_CLAUSE.test(before) && (i > 1 || !brand) && sorts(before, brand, asked, true)) named = true;
    const after = /^(?:a|an)$/iu.test(words[i + 2] ?? '') ? words[i + 3] : words[i + 2];
    if (!closes && COPULA_EN.test(words[i + 1] ?? '') && !PARTICIPLE_EN.test(after ?? '') && sorts(after, brand, asked)) named = true;
  });
  return named;
}

/**
 * Whether a story (a dispatch and its other version) misses the sort a question asks of a thing: asked its colour, it
 * writes no colour; asked its kind or brand, it names the thing only bare ("counted 230 jerboas in the reserve",
 * `عقارب خلال`), never with a word that sorts it nor a word of sorts ("variety", `نوع`). A story that never names the
 * thing is not judged. Pure.
 */
export function missesKindAsked(asked: KindAsked, question: string, concepts: Concepts, texts: readonly string[]): boolean {
  if (asked.sort === 'colour') return !texts.some((text) => COLOURS_EN.test(text) || COLOURS_AR.test(normaliseArabic(text)));
  if (texts.some((text) => SORT_WORD.test(normaliseArabic(text)))) return false;
  const thing = thingTokens(asked.thing, concepts);
  // Words the question asks by, in either language, are the thing's own, not a sort of it ("police dogs", `الكلاب البوليسية`).
  const own = new Set([...analyseText(question), ...concepts.list.flatMap((c) => [...c.group, ...(c.translated ?? [])].flat())]);
  const verdicts = texts.flatMap((text) => splitSentences(text)).map((sentence) => sortsThing(sentence, thing, asked.sort === 'brand', own));
  return verdicts.includes(false) && !verdicts.includes(true);
}
