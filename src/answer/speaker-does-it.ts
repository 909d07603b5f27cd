import { arabicMarkerPattern } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { AR_END } from '../text/arabic-word-bounds.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { ATTRIBUTION } from './attribution-verbs.js';

/** How far before its verb an English speaker's name may begin ("Kuwait Municipality said"). */
const BEFORE = 45;
/** How far after its verb an Arabic speaker's words may run before what is reported (`وقال صاحب المزرعة فلان ل(كونا) إنه`). */
const ARABIC_SPEAKER = 100;
/** A capitalised word that names someone, not a pronoun, article or conjunction opening the sentence. */
const NAMED = /(?:^|[^\p{L}])(?!(?:He|She|It|They|We|I|The|A|An|This|That|These|Those|But|And|In|On|At|Its|His|Her|Their)\b)\p{Lu}[\p{L}'-]+/u;
/**
 * What follows an English verb of attribution when the speaker is the subject of what is reported: who was addressed
 * ("told KUNA", "told the news agency"), a day ("on Monday"), "that", then a subject pronoun ("it", "he", "she", "they",
 * "we") in the active: "said it had approved a plot", "told KUNA he expected". Not a passive ("said it was approved"): its doer is another.
 */
const SELF_SUBJECT_EN =
  /^\s*(?:(?:the\s+)?(?:\p{Lu}[\p{L}'-]*|news|agency|reporters|journalists)(?:\s+(?:\p{Lu}[\p{L}'-]*|news|agency|\(\p{Lu}+\)))*\s+)?(?:on\s+\p{Lu}\p{L}+\s+)?(?:that\s+)?(?:it|he|she|they|we)\s+(?!(?:was|were|is|are|be|been|being|(?:had|has|have|will|would)\s+be(?:en)?)\s)/u;
/** Where reported speech begins after an Arabic verb (أن / إن, with or without a pronoun, بأن, a colon or quote): the first is read. */
const ARABIC_COMPLEMENT = /(?:^|\s)(?:ب?ان(?:ه|ها|هم|هما|نا)?)(?=\s)|[:«"]/u;
/** An Arabic complement carrying the speaker as its subject (`إنه`, `إنها`, `بأنهم`, `إننا`). */
const ARABIC_SELF = /^\s?ب?ان(?:ه|ها|هم|هما|نا)$/u;
/**
 * Who was spoken to, no part of the speaker's name: whatever is bracketed after `ل` (`ل(كونا)`, `لـ(الرأي)`), an
 * agency by its bare marker (`لكونا`) or its full name (`لوكالة الأنباء الكويتية (كونا)`), a paper, channel or station and
 * its name (`لصحيفة الرأي`, `لتلفزيون الكويت`), the press (`للصحفيين`), a pronoun (`له`, `لها`). Only these: a word that
 * merely begins with `ل` (`لجنة`, `لقاء`) may be the speaker's own. Folded (see normaliseArabic).
 */
const ADDRESSED = new RegExp(
  `(?:^|\\s)(?:${[
    'ل\\s*\\([^)]+\\)',
    `ل(?:${arabicMarkerPattern})${AR_END}`,
    'لوكاله\\s+\\S+\\s+\\S+(?:\\s+\\(\\S+\\))?',
    'ل(?:صحيفه|جريده|مجله|تلفزيون|قناه|اذاعه|موقع)\\s+\\S+',
    `لل(?:صحفيين|صحافيين|صحافه|اعلاميين|مراسلين|تلفزيون|اذاعه)${AR_END}`,
    `ل(?:ه|ها|هم|هما|نا|ي)${AR_END}`,
  ].join('|')})`,
  'gu',
);

/** How the Arabic speaker spoke (`في بيان`, `في تصريح`, `في تصريحات صحفية`): no part of its name. */
const HANDED = /(?:^|\s)(?:في|ب)\s*(?:بيان|تصريح|تصريحات|مؤتمر)(?:\s+(?:صحفي|صحفيه|رسمي))?(?=\s|$)/gu;
/** Words around an Arabic speaker that name nobody: the day and time of speaking, prepositions. A bare noun (`وقالت الهيئة`) is left alone, one word: it goes back to a body named before, and names it not. */
const NOT_NAME = /^(?:اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|مساء|صباح|في|من|عن|على|الى|مع)$/u;

/**
 * Whether a sentence makes its named speaker the doer of what it reports: the reported clause's subject is the speaker
 * again ("Kuwait Municipality said it had approved a plot", "X told KUNA he expected eight tonnes", `وقال صاحب المزرعة
 * فلان ل(كونا) إنه زرع`, `قالت الهيئة … إنها`). Asked who did it, the speaker answers; namesDoer sees only the speaker there
 * and takes nobody for the act. The speaker must be named: a capitalised word before the English verb, two words or more
 * before the Arabic complement (a post and a name, a body), not a bare "He said it" or `وقال إنه`. Pure.
 */
export function speakerDoesIt(sentence: string): boolean {
  const text = normaliseArabic(sentence);
  const arabic = isArabicScript(sentence);
  return [...text.matchAll(ATTRIBUTION)].some((m) => {
    const at = m.index ?? 0;
    const rest = text.slice(at + m[0].length);
    if (!arabic) {
      const before = text.slice(Math.max(0, at - BEFORE), at);
      const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.')) + 1);
      return NAMED.test(clause) && SELF_SUBJECT_EN.test(rest);
    }
    const complement = ARABIC_COMPLEMENT.exec(rest);
    if (complement === null || complement.index > ARABIC_SPEAKER || !ARABIC_SELF.test(complement[0])) return false;
    const speaker = rest.slice(0, complement.index).replace(ADDRESSED, ' ').replace(HANDED, ' ').split(/\s+/u).filter((word) => /\p{L}{2,}/u.test(word));
    return speaker.filter((word) => !NOT_NAME.test(word)).length >= 2;
  });
}
