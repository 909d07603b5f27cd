import { ARABIC_PARTICLES } from '../text/arabic-particles.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { findEntities } from '../text/find-entities.js';
import { splitSentences } from './find-speaker.js';
import { countsOtherThing, unitEnd } from './counts-other-thing.js';
import { listedEnglishCountedNouns } from './counted-nouns.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { figureDistance, isNumberToken, NEAR } from './link-answer-filler.js';
import type { Concept } from './weigh-concepts.js';
import { conceptStarts } from './concept-starts.js';
import { spellArabicCounts } from './spell-arabic-counts.js';

/**
 * "how many" and the up to four words after it ("how many online building permit applications"), past "of the" or a possessive when a part of a group is asked ("how many of
 * the cataract patients", "how many of last year's seedlings": the patients, the seedlings are counted). Not `كم`: the word after it is as often a verb (`كم بلغت`, `كم تبلغ
 * سرعة`) or a word the wire writes another way as what is counted.
 */
const HOW_MANY = /\bhow\s+many\s+(?:of\s+(?:(?:the|those|these|its|their|our|all)\s+|(?:\p{L}+\s+)?\p{L}+'s\s+))?((?:[\p{L}'-]+\s*){1,4})/iu;

/** A word that ends the counted noun's phrase: an auxiliary, a past ("how many seats did", "how many fish died", "how many people went"). */
const PHRASE_END = /^(?:did|do|does|has|have|had|will|would|can|could|should|may|might|must|went|took|got|came|won|made|gave|left|ran|met|saw|sat|\p{L}+ed)$/iu;

/** An irregular past right after "how many" ("how many sat the exam", "how many went"): a verb, not a noun's modifier as a past in -ed may be ("how many registered voters"). */
const PAST_FIRST = /^(?:went|took|got|came|won|made|gave|ran|met|saw|sat)$/iu;

/**
 * A plural heads its phrase, the word after it is its verb ("how many families receive"); a singular before a noun is its modifier.
 * A singular of Greek or Latin shape ends in s too ("sclerosis", "arthritis", "bus", "campus"): before a noun it is a modifier
 * ("how many multiple sclerosis patients" counts patients).
 */
const PLURAL = /(?:[^s]s|^people|^ppl|^children|^men|^women)$/iu;
const SINGULAR_IN_S = /(?:sis|itis|us)$/iu;

/** A name first ("how many Warba Bank shares", "how many kuwaiti athletes") stays what is counted: the count is told by it. */
const isName = (word: string): boolean => /^\p{Lu}/u.test(word) || findEntities(word).length > 0;

/**
 * Words that count occurrences or items of whatever the question names, not a thing of their own: "how many times",
 * `كم مرة`, `كم وحدة`, `كم حبة`, `كم قطعة` (closed class, folded). The wire counts the thing itself ("300 complaints", `عشر آلات`).
 */
const ENGLISH_CLASSIFIERS = new Set(['time', 'times']);
const ARABIC_CLASSIFIERS = new Set(['مره', 'مرات', 'وحده', 'حبه', 'حبات', 'قطعه']);
/** `مرة` counts occurrences whatever follows; an item's word only with no kind after it (`كم وحدة سكنية` counts housing units). */
const OCCURRENCES = new Set(['مره', 'مرات']);

/**
 * The analysed word of a "how many" question's classifier (see ENGLISH_CLASSIFIERS, ARABIC_CLASSIFIERS): "how many times",
 * `كم مرة`, `كم وحدة؟`, which asks the count of what the rest of the question names. None where the word after "how many"
 * or `كم` names a thing. Pure.
 */
export function countClassifier(question: string): string | undefined {
  const english = /\bhow\s+many\s+([\p{L}'-]+)/iu.exec(question)?.[1];
  if (english !== undefined) return ENGLISH_CLASSIFIERS.has(english.toLowerCase()) ? analyseText(english)[0] : undefined;
  const match = KAM_THEN_WORDS.exec(question);
  if (!match) return undefined;
  const [word, next] = [normaliseArabic(match[1] as string), match[2]];
  if (!ARABIC_CLASSIFIERS.has(word)) return undefined;
  return OCCURRENCES.has(word) || next === undefined || VERB_AFTER.test(next) ? analyseText(match[1] as string)[0] : undefined;
}

/**
 * The analysed word an English "how many" question counts: the head, last noun of the phrase after it
 * ("how many books" → book, "how many exchange companies" → company, "how many quit smoking clinics" →
 * clinic, "how many public EV chargers" → charger), the phrase ending at a plural, a verb or a function word; a name first stays the word counted. Pure.
 */
export function countedWord(question: string): string | undefined {
  const match = HOW_MANY.exec(question);
  if (!match || countClassifier(question) !== undefined) return undefined;
  const words = (match[1] ?? '').trim().split(/\s+/u);
  const start = words.findIndex((word) => analyseText(word).length > 0);
  if (start < 0) return undefined;
  let head = words[start] as string;
  // A verb right after "how many" ("how many sat the exam") counts whoever did it: no noun is asked.
  if (PAST_FIRST.test(head)) return undefined;
  if (isName(head)) return analyseText(head)[0];
  for (const word of words.slice(start + 1)) {
    if ((PLURAL.test(head) && !SINGULAR_IN_S.test(head)) || PHRASE_END.test(word) || analyseText(word).length === 0) break;
    head = word;
  }
  return analyseText(head)[0];
}

/**
 * Whether the word "how many" counts (see countedWord) stands right after it, no word of its phrase before it ("how many laps",
 * not "how many primary school girls": there the words before it narrow what is counted). An Arabic `كم` counts the word right
 * after it (see arabicCountedWord). Pure.
 */
export function countsWordRightAfter(question: string): boolean {
  const match = HOW_MANY.exec(question);
  if (!match) return true;
  const first = (match[1] ?? '').trim().split(/\s+/u).find((word) => analyseText(word).length > 0);
  return first !== undefined && analyseText(first)[0] === countedWord(question);
}

/**
 * `كم` and the word after it (`كم مواطن`, how many citizens), not `بكم` (for how much: a price). The
 * word after `كم` counts a thing only when it is a noun without the article: not a verb (see
 * VERB_SHAPE, AMOUNT_VERBS), nor a measure, which asks how much of something (MEASURES); after `عدد`
 * (the number of) the word after it is counted (`كم عدد الزوار`).
 */
const KAM_THEN_WORDS = /(?:^|[\s؟?،,])و?كم\s+([\u0621-\u064A]+)(?:\s+([\u0621-\u064A]+))?/u;

/**
 * A verb's shape after `كم`: the imperfect's person prefix or the dialect's future `ب` (`تبلغ`,
 * `يبدأ`, `بيبدا`), a prefixed form or the first person (`ارتفع`, `أخذ`), the past's feminine or
 * first person `ت` (`بلغت`, `ربحت`), the past's plural `وا` (`جمعوا`, `دفعوا`: how much did they
 * collect, pay), which ends no noun. A noun of these shapes (`تذكرة`) is left unchecked, as before.
 */
const VERB_SHAPE = /^[يتنأاإب]|ت$|وا$/u;

/** Words that ask how much, not how many: a price, a share, a length, a value (closed class of measures). */
const MEASURES = new Set(['سعر', 'نسبة', 'قيمة', 'مدة', 'مبلغ', 'كلفة', 'حجم', 'طول', 'عرض', 'وزن', 'عمر', 'مساحة', 'مسافة', 'سرعة', 'مجموع', 'حصة', 'متوسط', 'رسوم', 'راتب', 'درجة', 'معدل'].flatMap((word) => analyseText(word)));

/**
 * Past verbs without a marker of person that a question puts after `كم` to ask how much ("how much did it
 * reach, become, rise, cost, earn"): the copula and the verbs of an amount, closed class.
 */
const AMOUNT_VERBS = new Set(['كان', 'صار', 'بلغ', 'وصل', 'زاد', 'نقص', 'طلع', 'نزل', 'رجع', 'ظل', 'بقي', 'سجل', 'حقق', 'حصل', 'دفع', 'كلف', 'خسر', 'ربح', 'رفع', 'جمع', 'باع', 'صرف'].flatMap((word) => analyseText(word)));

/** `عدد` (the number of) as the analyser leaves it. */
const NUMBER_OF = analyseText('عدد')[0];

/** Whether an Arabic `كم` question asks the number of its thing (`كم عدد الزوار`), not bare `كم` and the thing (`كم منحة`), which may ask its money. Pure. */
export function asksNumberOf(question: string): boolean {
  const match = KAM_THEN_WORDS.exec(question);
  return match !== null && analyseText(match[1] as string)[0] === NUMBER_OF;
}

/** The analysed word an Arabic `كم` question counts (`كم مواطن استلم …` → `مواطن`), if it names one. Pure. */
export function arabicCountedWord(question: string): string | undefined {
  const match = KAM_THEN_WORDS.exec(question);
  if (!match || countClassifier(question) !== undefined) return undefined;
  const [word, next] = [match[1] as string, match[2]];
  if (analyseText(word)[0] === NUMBER_OF) return next !== undefined ? analyseText(next)[0] : undefined;
  if (word.startsWith('ال') || VERB_SHAPE.test(word)) return undefined;
  const token = analyseText(word)[0];
  return token === undefined || MEASURES.has(token) || AMOUNT_VERBS.has(token) ? undefined : token;
}

/** A verb's shape after the thing counted (see VERB_SHAPE): the dialect's future `ب` only before a person prefix (`بيظل`), not a noun's `ب` (`بجع`). */
const VERB_AFTER = /^[يتنأاإ]|^ب[يتنأا]|ت$|وا$/u;

/**
 * The analysed word right after the thing an Arabic `كم` counts, when it says which kind of that thing is counted: a noun
 * or an adjective after it (`كم طائر بجع`, `كم عملية قسطرة`), not a verb of the asking (`كم مريض ينتظر`, `كم لاعب شاركوا`,
 * see VERB_SHAPE), a particle, or a word with the article. Pure.
 */
export function arabicKindCounted(question: string): string | undefined {
  const match = KAM_THEN_WORDS.exec(question);
  const next = match?.[2];
  if (next === undefined || arabicCountedWord(question) === undefined || analyseText(match?.[1] as string)[0] === NUMBER_OF) return undefined;
  if (next.startsWith('ال') || VERB_AFTER.test(next) || next.length < 3) return undefined;
  const token = analyseText(next)[0];
  return token === undefined || ARABIC_PARTICLES.has(token) ? undefined : token;
}

/**
 * The tokens with each figure of money or of a measure blanked ("KD 5", "420 ألف دينار", "7 per cent",
 * "300 metres"): it counts no thing, though it stands by one ("book sales passed 420,000 dinars" counts no
 * books, "visitors rose 7 per cent" no visitors). The unit itself asked keeps it (see countsOtherThing).
 */
function withoutOtherThings(tokens: readonly string[], counted: Concept, moneyCounts: boolean, shareCounts: boolean): string[] {
  const out = [...tokens];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isNumberToken(tokens[i] as string)) continue;
    let end = i;
    // A unit that is a number word too (`المئة`, the hundred of `82 في المئة`) ends the figure: it is its unit, not more of it.
    while (end + 1 < tokens.length && isNumberToken(tokens[end + 1] as string) && unitEnd(tokens, end) === end) end += 1;
    if (countsOtherThing(tokens, i, end, counted, moneyCounts, shareCounts)) {
      // The unit goes with its figure: `المئة` of `82 في المئة من المرضى` is no hundred of patients.
      const last = unitEnd(tokens, end);
      out.fill('', i, last + 1);
      end = last;
    }
    i = end;
  }
  return out;
}

/**
 * Whether a passage counts the thing asked: one of its sentences has a figure within NEAR tokens of
 * the counted concept ("96,000 visitors", or in Arabic copy `96 ألف زائر`), not an amount of money.
 * Asked how many books were sold, "a book fair with 210 publishers" counts publishers, and "book
 * sales of 420,000 dinars" counts money, "visitors rose 7 per cent" a share. In Arabic copy a figure counts the word right after it: asked how many
 * citizens got offshoots, `4800 فسيلة على المواطنين` counts the offshoots, another thing the question names
 * (`others`, its other concepts' words), not the citizens. In English copy a figure a known noun follows counts that noun, nothing before
 * it (see listedEnglishCountedNouns): "inspectors caught 212 companies" counts no inspectors. `moneyCounts`: an amount of money counts the thing too, `shareCounts`:
 * a share of it counts a part asked (see countsOtherThing). Arabic copy's dual and broken plural after a figure count the
 * thing as its singular does (see spellArabicCounts). Pure.
 */
export function countsAskedThing(text: string, counted: Concept, others: ReadonlySet<string> = new Set(), moneyCounts = false, shareCounts = false): boolean {
  // Arabic writes two of a thing as its dual, with no figure (`جلستين`), and a figure before a broken plural (`ثماني فرق`).
  return splitSentences(spellArabicCounts(text, counted)).some((sentence) => {
    const tokens = withoutOtherThings(analyseText(sentence), counted, moneyCounts, shareCounts);
    const at = conceptStarts(tokens, counted);
    if (at.length === 0) return false;
    // An English figure counts the known noun right after it ("inspectors caught 212 companies" counts no inspectors).
    const nouns = listedEnglishCountedNouns(sentence);
    for (const token of at.map((i) => tokens[i])) nouns.delete(token as string);
    return figureDistance(tokens, at, (token) => (isArabicScript(token) && others.has(token)) || nouns.has(token)) <= NEAR;
  });
}
