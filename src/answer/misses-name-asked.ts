import { normaliseArabic } from '../text/analyse-arabic.js';
import type { EntityKind } from '../text/gazetteer.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { CAPITALISED_NAME } from './answer-type.js';
import { splitSentences } from './find-speaker.js';
import { partiesNamed } from './misses-party-asked.js';
import { namesArabicPerson } from './names-arabic-person.js';
import { BODY_WORD, PLACE_WORD } from './names-doer.js';

/**
 * English nouns for people whose name a question may ask ("the boy's name", "the names of the three men"), each with its
 * other number: a closed class of the wire's nouns for the people its stories are about.
 */
const PEOPLE_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['boy', 'boys'], ['girl', 'girls'], ['child', 'children'], ['kid', 'kids'], ['baby', 'babies'], ['man', 'men'], ['woman', 'women'],
  ['person', 'people'], ['student', 'students'], ['pupil', 'pupils'], ['victim', 'victims'], ['driver', 'drivers'], ['worker', 'workers'],
  ['fisherman', 'fishermen'], ['player', 'players'], ['winner', 'winners'], ['teenager', 'teenagers'], ['passenger', 'passengers'],
  ['patient', 'patients'], ['suspect', 'suspects'], ['rider', 'riders'], ['athlete', 'athletes'], ['judge', 'judges'], ['examiner', 'examiners'],
];
const PEOPLE = PEOPLE_NOUNS.flat().join('|');
/**
 * Each English people noun's Arabic words (normalised, without the article or an ending): asked in English, an Arabic
 * passage names the person as the wire's Arabic copy calls them (`السائق`, `الطفلة`, `الصيادين`).
 */
const PEOPLE_IN_ARABIC: Readonly<Record<string, readonly string[]>> = {
  boy: ['ولد', 'صبي', 'طفل'], girl: ['بنت', 'فتا', 'طفل'], child: ['طفل'], kid: ['طفل', 'ولد'], baby: ['رضيع', 'طفل'], man: ['رجل', 'شاب'],
  woman: ['امرا', 'سيد', 'فتا'], person: ['شخص'], student: ['طالب', 'تلميذ'], pupil: ['تلميذ', 'طالب'], victim: ['ضحي', 'ضحاي'],
  driver: ['سائق', 'سايق'], worker: ['عامل', 'عمال'], fisherman: ['صياد'], player: ['لاعب'], winner: ['فائز'], teenager: ['مراهق'],
  passenger: ['راكب', 'ركاب'], patient: ['مريض', 'مرضي', 'مصاب'], suspect: ['متهم', 'مشتبه'], rider: ['فارس', 'فرسان', 'دراج', 'راكب'], athlete: ['رياضي', 'لاعب'],
  judge: ['حكم', 'حكام', 'محكم', 'تحكيم', 'قاض', 'قضا'], examiner: ['ممتحن', 'فاحص'],
};
/**
 * For each English people noun, an Arabic word (letters only) that is one of its Arabic stems (see PEOPLE_IN_ARABIC) with a
 * clitic or the article before it and a feminine or plural ending after it. Built once.
 */
const ARABIC_NOUN: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(PEOPLE_IN_ARABIC).map(([noun, stems]) => [noun, new RegExp(`^(?:[وبلف]?(?:ال)?|لل)(?:${stems.join('|')})(?:ه|ة|ين|ون|ات|ان|ا)?$`, 'u')]),
);
/**
 * "what's the boy's name", "what were the names of the three young men", "the students' names", and the possessive as a
 * quick asker types it, without its apostrophe ("the judges names", "the examiners name").
 */
const NAME_ASKED_EN = new RegExp(
  `\\bnames?\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(${PEOPLE})\\b|\\b(${PEOPLE})(?:'s|s'|')?\\s+names?\\b`,
  'iu',
);
/** Arabic nouns for people (normalised, without the article) after `اسم`: `شو اسم الطفل`, `اسم السائق`. */
const PEOPLE_AR = /^(?:طفل|ولد|بنت|رجل|شاب|طالب|طالبه|ضحيه|سائق|لاعب|لاعبه|فائز|فائزه|صياد|عامل|مريض|متهم)$/u;
const COUNTRY: ReadonlySet<EntityKind> = new Set(['country']);
const NAME_ASKED_AR = /(?:^|\s)(?:ما|شو|ايش|شنو|وش)\s+(?:هو\s+|هي\s+)?(?:اسم|اسماء)\s+(ال\S+)/u;

/** The person a question asks the name of: an English noun (see PEOPLE_NOUNS) or an Arabic one (a people noun, a nationality: `المصري`); else undefined. Pure. */
export function nameAsked(question: string): { en?: readonly [string, string]; ar?: string } | undefined {
  const en = NAME_ASKED_EN.exec(question);
  const noun = (en?.[1] ?? en?.[2])?.toLowerCase();
  if (noun !== undefined) return { en: PEOPLE_NOUNS.find((pair) => pair.includes(noun)) };
  const word = NAME_ASKED_AR.exec(normaliseArabic(question))?.[1]?.replace(/[؟?!.,،]+$/u, '');
  if (word === undefined) return undefined;
  return PEOPLE_AR.test(word.slice(2)) || partiesNamed(word, COUNTRY).length > 0 ? { ar: word } : undefined;
}

/** A capitalised name that is a person's: not a place or a body ("Adan Hospital", "Interior Ministry"). */
export const personName = (name: string) => !PLACE_WORD.test(name) && !BODY_WORD.test(name);

/**
 * Whether an English sentence names someone as the noun asked: the noun then the name, two lower-case words between at most
 * ("the boy, Ahmad Ali", "student Reem Al-Saleh"), or the name then the noun after a comma ("Ahmad Ali, a four-year-old boy").
 */
function namesEnglishNoun(sentence: string, [one, many]: readonly [string, string]): boolean {
  const name = CAPITALISED_NAME.source.replace('(?<=\\S\\s)', '');
  const after = new RegExp(`\\b(?:${one}|${many})\\b,?\\s+(?:(?:named|called|identified as)\\s+)?(${name})`, 'gu');
  const before = new RegExp(`(${name}),\\s+(?:[\\w-]+\\s+){0,3}?(?:${one}|${many})\\b`, 'gu');
  return [...sentence.matchAll(after), ...sentence.matchAll(before)].some((m) => personName(m[1] ?? ''));
}

/**
 * Whether an Arabic sentence names someone as the word asked: a name within the three words after it (`الطفل فلان الفلاني`);
 * asked in English, after one of the English noun's Arabic words (see PEOPLE_IN_ARABIC), any name when it has none.
 */
function namesArabicNoun(sentence: string, word: string | undefined, en: readonly [string, string] | undefined): boolean {
  const noun = en === undefined ? undefined : ARABIC_NOUN.get(en[0]);
  if (word === undefined && noun === undefined) return namesArabicPerson(sentence);
  const words = normaliseArabic(sentence).split(/\s+/u);
  const isNoun = word !== undefined ? (w: string) => w.endsWith(word.slice(2)) : (w: string) => noun?.test(w) ?? false;
  return words.some((w, i) => isNoun(w.replace(/[^\p{L}]/gu, '')) && namesArabicPerson(words.slice(i + 1, i + 4).join(' ')));
}

/**
 * Whether a passage misses the name a question asks ("what's the boy's name", `شو اسم المصري`): no sentence ties a person's
 * name to the noun asked. A capitalised place ("Adan Hospital") or another person (the spokesman) names no boy: the wire
 * that withholds a victim's name still names its officials. Pure.
 */
export function missesNameAsked(asked: { en?: readonly [string, string]; ar?: string }, passage: string): boolean {
  return !splitSentences(passage).some((sentence) =>
    isArabicScript(sentence) ? namesArabicNoun(sentence, asked.ar, asked.en) : asked.en !== undefined && namesEnglishNoun(sentence, asked.en),
  );
}
