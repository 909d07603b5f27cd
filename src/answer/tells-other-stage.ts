import { normaliseArabic } from '../text/analyse-arabic.js';
import { AR_END, AR_START } from '../text/arabic-word-bounds.js';

/**
 * The last stage of a contest, and its outcome: "the final" (not "semi-final", "quarter-final"), "the title", "crowned",
 * "trophy"; `النهائي`، `المباراة النهائية` (not `نصف النهائي`، `ربع النهائي`)، `لقب`، `توج`. Arabic normalised.
 */
const LAST = new RegExp(
  `(?<!semi[- ]?|quarter[- ]?)\\bfinals?\\b|\\btitles?\\b|\\bcrowned\\b|\\btroph(?:y|ies)\\b|(?<!(?:نصف|ربع)\\s+)${AR_START}(?:نهائي|نهائيه)${AR_END}|${AR_START}(?:لقب|توج|توجت|توجوا)${AR_END}`,
  'giu',
);

/**
 * An earlier stage: a semi-final, a quarter-final, a round, a group, the opening game, the heats, the qualifiers;
 * `نصف النهائي`، `ربع النهائي`، `دور المجموعات`، `الجولة الأولى`، `الدور التمهيدي`، `التصفيات`. A closed class. Arabic normalised.
 */
const EARLIER = new RegExp(
  `\\b(?:semi[- ]?finals?|quarter[- ]?finals?|group\\s+stage|group\\s+[a-h]\\b|(?:first|second|third|opening|preliminary|qualifying)\\s+(?:round|game|match|stage|bout|heat)s?|round\\s+of\\s+\\d+|heats|qualifiers?|qualifications?|knockout\\s+stage|third[- ]place\\s+(?:match|game|play-?off))\\b|(?:نصف|ربع)\\s+${AR_START}نهائي|${AR_START}(?:المجموعات|المجموعه|الجوله|جوله|الدور\\s+التمهيدي|التصفيات|تصفيات|افتتاح|دور\\s+ال?\\d+|دور\\s+الثمانيه|دور\\s+السته\\s+عشر|(?:اول|ثاني|ثالث)\\s+مباراه|(?:المباراه\\s+)?الافتتاحيه|مباراه\\s+(?:تحديد\\s+)?المركز\\s+الثالث)${AR_END}`,
  'iu',
);

/**
 * What stands before a mention of the last stage when it is still to come: "reached the final", "to the final", "will
 * meet in the final", `تأهل إلى النهائي`، `ويلتقي في النهائي`، `يبلغ نهائي`. Looked for in the forty characters before.
 */
const AHEAD_BEFORE =
  /\b(?:reach(?:es|ed|ing)?|advanc(?:e|es|ed|ing)|qualif(?:y|ies|ied|ying)|book(?:s|ed|ing)?|meet(?:s|ing)?|fac(?:e|es|ing)|will|set\s+up)\b[^.]{0,30}$|\b(?:to|into|for)\s+(?:the\s+)?$|(?:^|[\s(])[وف]?(?:تاهل|تاهلت|تاهلوا|يتاهل|بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|صعد|صعدت|يلتقي|سيلتقي|تلتقي|ستلتقي|يواجه|سيواجه|تواجه|ستواجه|يلعب|سيلعب|سيقام|ستقام|يقام|تقام|الي)(?:\s+\S+){0,4}\s*$/iu;
/** What follows a mention of the last stage still to come: "the final will be played", `النهائي غدا`، `المقبل`. */
const AHEAD_AFTER = /^\S*\s+(?:\S+\s+){0,2}?(?:will|is\s+to|tomorrow|next|غدا|المقبل|المقبله|القادم|القادمه|سيقام|ستقام)(?=[\s.,،]|$)/iu;

/** The stages a text tells a result of: the last (told as played) and earlier ones (with the last told as still to come). */
function stagesTold(text: string): { last: boolean; earlier: boolean } {
  const folded = normaliseArabic(text);
  let last = false;
  let earlier = EARLIER.test(folded);
  for (const match of folded.matchAll(LAST)) {
    const at = match.index ?? 0;
    // `للنهائي`، `لنهائي`: to the final
    const ahead = /^و?لل?نهائي/.test(match[0]) || AHEAD_BEFORE.test(folded.slice(Math.max(0, at - 40), at)) || AHEAD_AFTER.test(folded.slice(at, at + 40));
    if (ahead) earlier = true;
    else last = true;
  }
  return { last, earlier };
}

/** A contest as a whole, asked: its championship, tournament, cup or league (`البطولة`، `الكأس`، `الدوري`). */
const WHOLE = new RegExp(`\\b(?:championships?|tournament|cup|league|open)\\b|${AR_START}(?:بطوله|كاس|دوري)${AR_END}`, 'iu');

/**
 * Whether a question asks the outcome of a contest's last stage: it names the final or the title, or the contest as a
 * whole, and no earlier stage ("who won the final", "who won the Asian youth championship", `منو فاز بلقب البطولة`). Pure.
 */
export function asksLastStage(question: string): boolean {
  return asksFinal(question) || (!EARLIER.test(normaliseArabic(question)) && WHOLE.test(normaliseArabic(question)));
}

/** Whether a question names a contest's final or title, and no earlier stage ("the score of the final", `نتيجة النهائي`). Pure. */
export function asksFinal(question: string): boolean {
  const folded = normaliseArabic(question);
  LAST.lastIndex = 0;
  return !EARLIER.test(folded) && LAST.test(folded);
}

/**
 * Whether a passage tells only an earlier stage than the one a question asks: asked who won the final or the
 * championship, a passage (with its story's headline and lead and the paragraph before) telling a semi-final, an
 * opening game or a round, or the final as still to come ("reached the final", `تأهل إلى المباراة النهائية`), and
 * never the final played or the title won, tells the result of another stage. `texts` are the passage and what stands
 * around it. Pure.
 */
export function tellsEarlierStage(texts: readonly string[]): boolean {
  const { last, earlier } = stagesTold(texts.join('\n'));
  return earlier && !last;
}

/** A result asked: "what was the score", "the result", `كم النتيجة`، `شنو النتيجة`. Arabic normalised. */
const RESULT = new RegExp(`\\b(?:score|scoreline|result)\\b|${AR_START}نتيجه${AR_END}`, 'iu');

/** Whether a question asks a contest's result or score (see RESULT). Pure. */
export function asksResult(question: string): boolean {
  return RESULT.test(normaliseArabic(question));
}
