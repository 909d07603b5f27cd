import { normaliseArabic } from '../text/analyse-arabic.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { CAPITALISED_NAME } from './answer-type.js';
import { splitSentences } from './find-speaker.js';
import { personName } from './misses-name-asked.js';
import { namesArabicPerson } from './names-arabic-person.js';

/**
 * A part one plays that a question may ask the holder of ("who coaches the team", `منو مدرب المنتخب`, "who owns the
 * boat", `شو اسم صاحب السلوقي`, "who scored for Salmiya", `منو هداف البطولة`), with the words the wire ties a name to
 * it by. A closed class: the wire tells a team's coach, a thing's owner or a match's scorer by name, or says there is
 * one and leaves the name out ("a Russian coach will train it", "the boat's owner would be questioned", "Qadsia beat
 * Salmiya 6-3"); a person it names in another part (the team manager, the spokesman) holds not the one asked.
 */
interface Role {
  /** the holder asked in English (lower case) */
  en: RegExp;
  /** the holder asked in Arabic (normalised) */
  ar: RegExp;
  /**
   * an English word of the part, as copy ties a name to it: "coach Ali Saleh", "owned by …"; case-sensitive but for a
   * capital first letter, as the name beside it is read by its capitals
   */
  told: RegExp;
  /** an Arabic word of the part (normalised, letters only, clitics and the article allowed) */
  toldAr: RegExp;
}

/** Words standing before an Arabic question's holder: who, whose name (`منو`, `شو اسم`). */
const WHO_AR = '(?:^|\\s)(?:منو|مين|من|شو\\s+اسم|شنو\\s+اسم|ما\\s+اسم|ايش\\s+اسم|وش\\s+اسم|اسم)\\s+(?:هو\\s+|هي\\s+)?';

const ROLES: readonly Role[] = [
  {
    en: /\bwho\s+(?:coaches|coached|trains|trained)\b|\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?coach(?:es)?\b|\bnames?\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?coach(?:es)?\b|\bcoach(?:'s|es')\s+names?\b/u,
    ar: new RegExp(`${WHO_AR}(?:ال)?(?:مدرب|مدربه|مدربين)(?=\\s|[؟?]|$)`, 'u'),
    told: /\b(?:[Cc]oach|[Cc]oaches|[Cc]oached|[Tt]rainer)\b/u,
    toldAr: /^[وبلف]?(?:ال|لل)?(?:مدرب|مدربه|مدربين|مدربا|مدربو)$/u,
  },
  {
    en: /\bwho\s+(?:owns|owned)\b|\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?owners?\b|\bnames?\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?owners?\b|\bowner(?:'s|s')\s+names?\b/u,
    ar: new RegExp(`${WHO_AR}(?:ال)?(?:صاحب|صاحبه|اصحاب|مالك|ملاك)(?=\\s|[؟?]|$)`, 'u'),
    told: /\b(?:[Oo]wner|[Oo]wners|owns|owned)\b/u,
    toldAr: /^[وبلف]?(?:ال|لل)?(?:صاحب|صاحبه|صاحبها|صاحبته|صاحبتها|اصحاب|اصحابها|مالك|مالكه|مالكها|ملاك|يملك|يملكها|تملك)$/u,
  },
  {
    en: /\bwho\s+(?:scored|scores|netted)\b|\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?scorers?\b|\bnames?\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?scorers?\b/u,
    ar: new RegExp(`(?:^|\\s)(?:منو|مين|من)\\s+(?:سجل|سجلت)(?=\\s|[؟?]|$)|${WHO_AR}(?:ال)?(?:هداف|هدافي|هدافه)(?=\\s|[؟?]|$)`, 'u'),
    told: /\b(?:[Ss]cored|[Ss]corer|[Ss]corers|scores|scoring|goals?|netted|points)\b/u,
    toldAr: /^[وبلف]?(?:ال|لل)?(?:سجل|سجلت|سجلا|هداف|هدافا|هدافي|هدف|هدفا|هدفين|اهداف|نقطه|نقاط)$/u,
  },
];

/** The part a question asks the holder of (see ROLES), or undefined. Pure. */
export function roleAsked(question: string): Role | undefined {
  const lower = question.toLowerCase();
  const folded = normaliseArabic(question);
  return ROLES.find((role) => role.en.test(lower) || role.ar.test(folded));
}

/**
 * Whether an English sentence ties a person's name to the part: the name within three words after its word ("coach
 * Ali Saleh", "coached by Ali Saleh", "owner, Ali Saleh") or right before it, or in apposition ("Ali Saleh, the
 * team's coach"). A name said before a verb of speech further off is the speaker's.
 */
function tiesEnglishName(sentence: string, told: RegExp): boolean {
  const name = CAPITALISED_NAME.source.replace('(?<=\\S\\s)', '');
  const word = told.source.replace(/^\\b|\\b$/gu, '');
  const after = new RegExp(`\\b${word}\\b,?\\s+(?:[\\w-]+\\s+){0,2}?(${name})`, 'gu');
  const before = new RegExp(`(${name})(?:'s|,\\s+(?:[\\w'-]+\\s+){0,3}?|\\s+)${word}\\b`, 'gu');
  return [...sentence.matchAll(after), ...sentence.matchAll(before)].some((m) => personName(m[1] ?? ''));
}

/** `إن`, `أن`, `وإن` (normalised): what stands before it is the speaker and the verb of speech, not the part's holder. */
const THAT = /^[و]?ان$/u;

/** The three words before the i-th, from after the last `إن` among them (see THAT). */
function wordsBefore(words: readonly string[], i: number): string {
  const before = words.slice(Math.max(0, i - 3), i);
  const that = before.findLastIndex((w) => THAT.test(w));
  return before.slice(that + 1).join(' ');
}

/** Whether an Arabic sentence ties a person's name to the part: a name in the three words after a word of it (`المدرب فلان الفلاني`) or the three before (`فلان الفلاني مدرب المنتخب`). */
function tiesArabicName(sentence: string, toldAr: RegExp): boolean {
  const words = normaliseArabic(sentence).split(/\s+/u);
  return words.some((w, i) => toldAr.test(w.replace(/[^\p{L}]/gu, '')) && (namesArabicPerson(words.slice(i + 1, i + 4).join(' ')) || namesArabicPerson(wordsBefore(words, i))));
}

/**
 * Whether a passage misses the holder a question asks (see roleAsked): no sentence ties a person's name to the part.
 * "A Russian coach will train the team" tells there is a coach, not who. Pure.
 */
export function missesRoleAsked(role: Role, passage: string): boolean {
  return !splitSentences(passage).some((sentence) => (isArabicScript(sentence) ? tiesArabicName(sentence, role.toldAr) : tiesEnglishName(sentence, role.told)));
}
