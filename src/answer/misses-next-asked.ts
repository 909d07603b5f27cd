import { normaliseArabic } from '../text/analyse-arabic.js';
import { QUESTION_WORDS_AR } from '../text/arabic-asking-words.js';
import { analyseText } from '../text/analyse-text.js';
import { conceptStarts } from './concept-starts.js';
import { splitSentences } from './find-speaker.js';
import type { Concept } from './weigh-concepts.js';

/**
 * The next instance of a thing asked ("the next Gulf championship", "its next meeting", `البطولة الجاية`,
 * `الدورة القادمة`), or "next" as an adverb ("where is the team heading next?"). Not "next to" (a place),
 * and not a next period ("next year", `الشهر الجاي`): that asks what falls in it, which a plan told in
 * other words answers. Arabic normalised (`ة` → `ه`).
 */
const NEXT_EN = /\b(?:next|upcoming)\b(?!\s+to\b)((?:\s+[\p{L}'-]+){0,4})/iu;
const NEXT_AR = /((?:[\u0621-\u064A]+\s+){1,3})(?:ال)?(?:جاي|جايه|ياي|يايه|قادم|قادمه|مقبل|مقبله)(?=[\s.,،؛:؟?)]|$)/u;

/** An Arabic asking word, folded (`وين`, `منين`, `متى`): the bare participle after it is a verb of coming. */
const ASKING_WORD_AR = new RegExp(`^(?:${QUESTION_WORDS_AR}|منين)$`, 'u');

/** Words that end the thing named after "next": a verb, a preposition, an asking word. */
const PHRASE_END = /^(?:is|are|was|were|be|been|will|would|can|could|should|do|does|did|held|take|takes|start|starts|open|opens|in|at|on|for|after|of|from|with|and|or|to|planned|scheduled|due|\p{L}+ed)$/iu;

/** Periods: "next year", `السنه الجايه` ask what falls in them, not the next instance of a thing. */
const PERIODS = new Set(
  ['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'season', 'term', 'semester', 'quarter', 'time', 'سنه', 'عام', 'شهر', 'اسبوع', 'يوم', 'موسم', 'فصل', 'مره', 'مرحله'].map((w) =>
    normaliseArabic(w),
  ),
);

/** What a question asks the next instance of: the words naming the thing (empty: "next" as an adverb), or undefined when it asks no next instance. Pure. */
export function nextThingAsked(question: string): string[] | undefined {
  const normalised = normaliseArabic(question);
  const english = NEXT_EN.exec(normalised);
  if (english) {
    const words: string[] = [];
    for (const word of (english[1] ?? '').trim().split(/\s+/u).filter(Boolean)) {
      if (PHRASE_END.test(word)) break;
      words.push(word.replace(/[?.,!]+$/u, ''));
      if (/[?.,!]$/u.test(word)) break;
    }
    const head = words.at(-1)?.toLowerCase();
    return head !== undefined && PERIODS.has(head) ? undefined : words;
  }
  const arabic = NEXT_AR.exec(normalised);
  if (!arabic) return undefined;
  const words = (arabic[1] ?? '').trim().split(/\s+/u);
  // Right after an asking word the bare participle is "coming" (`من وين ياي؟`, where does it come from), no thing's next.
  if (!/\sال\S+$/u.test(arabic[0].trimEnd()) && ASKING_WORD_AR.test(words.at(-1) ?? '')) return undefined;
  // The period may head a construct before the adjective (`موسم الهجن الجاي`): either of the last two words.
  const period = words.slice(-2).some((word) => PERIODS.has(word.replace(/^(?:ال|لل|بال|وال|ب|ل)/u, '')));
  return period ? undefined : words;
}

/**
 * A sentence that speaks of what is to come: "next", "upcoming", "will", "would", "to be held",
 * "scheduled", "planned", "set to", "due to", `المقبل`, `القادم`, `سوف`, `من المقرر`, `يعتزم`, or the
 * Arabic future prefix on an imperfect verb (`ستقام`, `سيعقد`, `سننظم`; not the nouns of that shape,
 * `سياره`, `سته`, `سنه`, `سيدات`). Arabic normalised.
 */
const FUTURE =
  /\b(?:next|upcoming|will|would|shall|to\s+be\s+(?:held|hosted|staged|played)|scheduled|planned|plans?\s+to|set\s+to|due\s+to|expected\s+to|later\s+this)\b|(?:^|\s)[وف]?(?:ال)?(?:مقبل|مقبله|قادم|قادمه)(?=[\s.,،؛:)]|$)|سوف|من\s+المقرر|[يت]عتزم|(?:^|\s)[وف]?س[يتن](?!(?:ار|اره|ارات|ارتي|ارتين|احه|احي|احيه|دات|ده|اسه|اسي|اسيه|طره|ول|تيمتر|ه|ين|ات|وات|وي|ويه|ويا)(?=[\s.,،؛:)]|$))[\u0621-\u064A]{3,}/iu;

/** Whether a sentence speaks of what is to come (see FUTURE). Pure. */
export const speaksOfFuture = (sentence: string): boolean => FUTURE.test(normaliseArabic(sentence));

/**
 * A sentence's clauses, as the wire joins what a speaker said: "…, and that the team would fly home on
 * Sunday", `…، وإن المنتخب سيعود …`. What is to come in one clause is not told of the thing another names.
 */
export function clausesOf(text: string): string[] {
  return splitSentences(text).flatMap((sentence) => sentence.split(/[،,;؛]\s*(?=and\b|و)/u));
}

/**
 * Whether a passage misses the next instance asked: asked where the next Gulf championship is held, a
 * passage telling this one (its place, its result) and nothing to come. A clause (see clausesOf) that speaks of what is
 * to come and names the thing asked (one of `concepts` whose words the question puts in the thing, where the
 * passage names it; else any sentence, as for "next" asked as an adverb) tells of it. Pure.
 */
export function missesNextAsked(thing: readonly string[], concepts: readonly Concept[], text: string): boolean {
  const thingTokens = new Set(thing.flatMap((word) => analyseText(word)));
  // Only a thing the passage names in its own words ties the future to it: across languages, or in other words, any sentence of what is to come will do.
  const tokens = analyseText(text);
  const named = concepts.filter((c) => c.critical && c.documents > 0 && c.group.some((phrase) => phrase.some((token) => thingTokens.has(token))) && conceptStarts(tokens, c).length > 0);
  return !clausesOf(text).some((clause) => {
    if (!speaksOfFuture(clause)) return false;
    if (named.length === 0) return true;
    const clauseTokens = analyseText(clause);
    return named.some((c) => conceptStarts(clauseTokens, c).length > 0);
  });
}
