import { arabicMarkerPattern } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { loadWireLexicon } from '../text/wire-lexicon.js';
import { AR_DATING_WORD } from './calendar-words.js';

/**
 * Titles and posts that stand for a person in Arabic copy (closed class, folded: ة → ه, أ → ا): the
 * minister, president or head, director, sheikh, doctor, engineer, ambassador, deputy, coach, player,
 * spokesman, governor, secretary general, officer ranks, member, adviser, writer, artist, poet, judge,
 * undersecretary, Mr and Mrs, an owner (`صاحب مشتل`) and an organiser (`منظم المسابقة`; not `منظمة`, also an organisation). A word for a post names its holder ("وزير الصحة" answers "who").
 */
const TITLES = [
  'وزير', 'وزيره', 'رئيس', 'رئيسه', 'مدير', 'مديره', 'الشيخ', 'الشيخه', 'سمو', 'الامير', 'الاميره', 'الملك', 'الملكه', 'ولي العهد',
  'الدكتور', 'الدكتوره', 'د', 'المهندس', 'المهندسه', 'السفير', 'السفيره', 'النائب', 'نائب', 'المدرب', 'مدرب', 'اللاعب', 'اللاعبه',
  'لاعب', 'لاعبه', 'المتحدث', 'المتحدثه', 'الناطق', 'محافظ', 'المحافظ', 'الامين العام', 'امين عام', 'امين سر', 'قائد', 'العقيد',
  'اللواء', 'العميد', 'المقدم', 'الرائد', 'النقيب', 'الفريق اول', 'المستشار', 'مستشار', 'عضو', 'العضو', 'الكاتب', 'الكاتبه', 'الفنان',
  'الفنانه', 'الشاعر', 'الشاعره', 'الروائي', 'الروائيه', 'المصمم', 'المصممه', 'الطبيب', 'الطبيبه', 'القاضي', 'وكيل', 'الوكيل', 'وكيله',
  'السيد', 'السيده', 'الاستاذ', 'الاستاذه', 'البطل', 'البطله', 'الحكم', 'المخرج', 'المخرجه', 'الرسام', 'الرسامه', 'الباحث', 'الباحثه',
  'مساعد', 'مساعده', 'الرئيس', 'الرئيسه', 'المدير', 'المديره', 'الوزير', 'الوزيره', 'امير', 'ملك', 'شيخ', 'منسق', 'منسقه', 'المنسق',
  'المنسقه', 'المشرف', 'المشرفه', 'مشرف', 'مشرفه', 'صاحب', 'صاحبه', 'منظم', 'المنظم',
];

/** A title as a word, with a clitic (و ب ل ف, كـ) allowed before it. */
const TITLE = new RegExp(`(?:^|[^\\p{L}])[وبلفك]?(?:${TITLES.join('|')})(?![\\p{L}])`, 'u');
/** A title as a whole word, nothing glued on (folded). */
const TITLE_WORD = new RegExp(`^(?:${TITLES.join('|')})$`, 'u');

/** Whether a folded Arabic word is a title or post on its own (see TITLES): `رئيس`, `المتحدثه`. Pure. */
export const isArabicTitle = (word: string): boolean => TITLE_WORD.test(word);

/** Words that introduce a name in its parts: ibn, abd (عبد الله، عبدالعزيز), abu, umm. */
const NAME_PART = /(?:^|[^\p{L}])(?:بن|بنت|عبد|ابو|ابي|ام)\s*\p{L}{2,}/u;

/** Particles and prepositions, which never stand as a given name before a family name. */
const PARTICLE = /^(?:في|من|على|علي|الى|عن|مع|ان|او|ثم|بين|حتي|حول|عبر|ضد|منذ|لدي|عند|كل|بعض|غير|هذا|هذه|ذلك|تلك|قد|لم|لن|ما|لا|هو|هي|كان|كانت)$/u;

/** Whether a folded Arabic word is a particle or preposition (see PARTICLE), which never stands as a given name. Pure. */
export const isArabicParticle = (word: string): boolean => PARTICLE.test(word);

/** A word with the article, a clitic allowed before it (المجلس، والمجلس، بالمجلس، للمجلس). */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/u;

/**
 * A family name of relation (نسبة: المطيري، العنزي، الرشيدي) after a word without the article: a given
 * name then a family name ("محمد المطيري"). An adjective of relation follows a definite noun
 * ("المجلس الوطني", "وزير الخارجية الكويتي"), so a word without the article before it marks a name.
 */
const NISBA = /(?:^|[^\p{L}])([\p{L}]{2,})\s+ال[\p{L}]{2,}ي(?![\p{L}])/gu;

/**
 * Whether Arabic copy names a person: a title or post (see TITLES), a name by its parts (بن، عبد، أبو)
 * or a given name then a family name of relation. Arabic writes no capitals, so a name is read by these
 * patterns rather than taken from any text. Pure.
 */
export function namesArabicPerson(text: string): boolean {
  const folded = normaliseArabic(text).replace(/[.,،:؛"«»()]/gu, ' ');
  if (TITLE.test(folded) || NAME_PART.test(folded)) return true;
  for (const m of folded.matchAll(NISBA)) {
    const given = m[1] ?? '';
    if (!DEFINITE.test(given) && !PARTICLE.test(given)) return true;
  }
  return false;
}

/** A title with a clitic glued on (`ووزير`, `لرئيس`), as the title finder reads one: a post, not a given name. */
const isGluedTitle = (word: string): boolean => isArabicTitle(word.replace(/^[وبلفك](?=\p{L}{3})/u, '')) || isArabicTitle(word);

/**
 * A word with a preposition or conjunction glued on (`لصحيفة`, `بتصريح`, `ووكالة`): without it, it is a
 * common word the wire lexicon lists (read with the article, as `الصحيفة`), which no given name is.
 */
function gluedCommonWord(word: string): boolean {
  const rest = /^[وبل](\p{L}{3,})$/u.exec(word)?.[1];
  if (rest === undefined) return false;
  const { conceptsOf } = loadWireLexicon();
  return analyseText(`ال${rest}`).some((token) => conceptsOf.has(token));
}

/** A folded Arabic word without its article, a conjunction or preposition allowed before it (`والنوخذه` → `نوخذه`). Pure. */
export const withoutArticle = (word: string): string => word.replace(DEFINITE, '');

/**
 * What the wire writes after a speaker's name: "to KUNA" (`ل(كونا)`, `لوام`), any listed agency's Arabic
 * marker, which names nobody. Bounded by non-letters: a marker stands inside other words (`وام` in `دوام`).
 */
const TO_AGENCY = new RegExp(`(?<!\\p{L})(?:ل\\s*)?\\(?\\s*(?:${arabicMarkerPattern})\\s*\\)?(?!\\p{L})`, 'gu');

/**
 * Whether the stretch of Arabic copy that gives a speaker names a person by post and name, as the wire
 * gives a post's holder (`وقالت مديرة الإدارة منى الفلانية ل(كونا)`, `وقال رئيس الوفد سالم بن فلان`): a title,
 * then, ending the stretch, a given name (no article, no particle, no title, no common word with a preposition glued
 * on: `وقال المدير لصحيفة الرأي`) and one word more. A title
 * alone (`وقال الوزير`) or a body (`وقالت الوزارة في بيان`) names no holder. The `post` a question asks after
 * (folded, without the article: `منو النوخذة` → `نوخذه`) is a title there too, listed or not. Pure.
 */
export function namesTitledArabicSpeaker(stretch: string, post?: string): boolean {
  const words = withoutDating(normaliseArabic(stretch).replace(TO_AGENCY, ' ').replace(/[.,،:؛"«»()]/gu, ' ').split(/\s+/u).filter((w) => w.length > 0));
  const title = words.findIndex((word, i) => isGluedTitle(word) || isGluedTitle(`${word} ${words[i + 1] ?? ''}`) || (post !== undefined && withoutArticle(word) === post));
  // A title of two words (`أمين سر`, `ولي العهد`) is found by its pair, and the name stands after both.
  const length = title >= 0 && !isGluedTitle(words[title] ?? '') && isGluedTitle(`${words[title]} ${words[title + 1] ?? ''}`) ? 2 : 1;
  if (title < 0 || words.length - title - length < 2) return false;
  const given = words[words.length - 2] ?? '';
  // After an honorific (`المهندس مساعد الطراح`) the word is a given name even where it is a post too (`مساعد`, assistant).
  const named = isGluedTitle(given) && HONORIFIC.test(words[words.length - 3] ?? '');
  return !DEFINITE.test(given) && !PARTICLE.test(given) && (named || !isGluedTitle(given)) && !gluedCommonWord(given) && given.length >= 2;
}

/**
 * The words left after the stretch's last dating word taken off (`قال المنظم سالم السهلي ل(كونا) اليوم السبت إن`): the wire
 * dates its lead after the speaker and the agency, so the name ends the stretch only once the day is gone (see AR_DATING_WORD; `أمس`, yesterday, too).
 */
function withoutDating(words: readonly string[]): string[] {
  let end = words.length;
  while (end > 0 && (AR_DATING_WORD.test(words[end - 1] ?? '') || words[end - 1] === 'امس')) end -= 1;
  return words.slice(0, end);
}

/**
 * Honorifics and ranks the wire writes right before a name (folded): doctor, engineer, sheikh, Mr and Mrs, professor, the officer
 * ranks. What follows one is the name, never a post.
 */
const HONORIFIC = /^(?:الدكتور|الدكتوره|د|المهندس|المهندسه|الشيخ|الشيخه|السيد|السيده|الاستاذ|الاستاذه|العقيد|اللواء|العميد|المقدم|الرائد|النقيب|الملازم)$/u;
