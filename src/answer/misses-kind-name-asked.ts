import { latinMarkerPattern } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { findEntities } from '../text/find-entities.js';
import { type EntityKind, loadGazetteer } from '../text/gazetteer.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { AR_DATING_WORD } from './calendar-words.js';
import { splitSentences } from './find-speaker.js';

/**
 * A kind of thing the wire names by a proper name when it knows it (a company, a university, a drug, a ship, a shop, a
 * school, a hospital, a bank, a co-operative), with its English nouns, its Arabic stems (normalised, without the article
 * or an ending) and the gazetteer's kinds for its names. A closed class: what a "which company" question asks for.
 */
export interface NamedKind {
  en: readonly string[];
  ar: readonly string[];
  listed: ReadonlySet<EntityKind>;
}

const KINDS: readonly NamedKind[] = [
  { en: ['company', 'companies', 'firm', 'firms', 'contractor', 'contractors', 'supplier', 'suppliers', 'manufacturer', 'manufacturers'], ar: ['شرك', 'مقاول'], listed: new Set(['company']) },
  { en: ['university', 'universities'], ar: ['جامعه', 'جامعات'], listed: new Set() },
  { en: ['drug', 'drugs', 'medicine', 'medicines', 'medication'], ar: ['دواء', 'ادويه', 'عقار'], listed: new Set() },
  { en: ['ship', 'ships', 'vessel', 'vessels', 'tanker', 'tankers'], ar: ['سفين', 'باخر', 'ناقله'], listed: new Set() },
  { en: ['mall', 'malls', 'hypermarket', 'supermarket', 'cafe', 'café', 'restaurant', 'shop', 'store'], ar: ['مجمع', 'مقهي', 'مطعم', 'محل'], listed: new Set(['company']) },
  { en: ['school', 'schools'], ar: ['مدرس', 'مدارس', 'ثانوي'], listed: new Set() },
  { en: ['hospital', 'hospitals'], ar: ['مستشفي', 'مستشفيات'], listed: new Set() },
  { en: ['bank', 'banks'], ar: ['بنك', 'بنوك', 'مصرف'], listed: new Set(['company']) },
  { en: ['co-op', 'co-ops', 'cooperative', 'cooperatives'], ar: ['جمعي'], listed: new Set() },
];

const nouns = (kind: NamedKind) => kind.en.join('|');

/** A capitalised word that opens a clause, not a name: a pronoun, an article, an agency learning it ("KUNA learnt", "WAM learnt"; every listed agency's marker). */
const NOT_A_NAME = new RegExp(`^(?:${latinMarkerPattern}|The|It|He|She|They|This)$`, 'u');
/** "which (private) university", "what company", "the name of the ground-handling company", "the drug's name". */
const askedEn = (kind: NamedKind) =>
  new RegExp(`\\b(?:which|what)\\s+(?:[\\w-]+\\s+){0,2}?(?:${nouns(kind)})\\b|\\bnames?\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${nouns(kind)})\\b|\\b(?:${nouns(kind)})(?:'s|s'|')\\s+names?\\b`, 'iu');
/** An Arabic word of the kind: a clitic or the article, a stem, an ending. */
const arabicWord = (kind: NamedKind) => new RegExp(`^(?:[وبلف]?(?:ال)?|لل)(?:${kind.ar.join('|')})(?:ه|ة|ات|ين|ون|ي|ا)?$`, 'u');
/** A relative pronoun after the word opens a clause, not a name (`الأدوية التي`). */
const RELATIVE = /^(?:الذي|التي|الذين|اللي|اللتي|اللذين)$/u;
/** An Arabic plural of a kind's word: a sound feminine plural or a broken one the stems list (`شركات`, `مدارس`, `بنوك`, `ادوية`). */
const PLURAL = /(?:ات|مدارس|بنوك|ادويه)$/u;
/** `أي شركة`, `لأي شركة`, `اسم الشركة`, `أسماء الشركات`, `منو الشركات` (normalised). */
const askedAr = (kind: NamedKind) => {
  const word = `(?:ال)?(?:${kind.ar.join('|')})\\S*`;
  return new RegExp(`(?:^|\\s)(?:ل|ب)?اي\\s+${word}|(?:^|\\s)(?:اسم|اسماء)\\s+${word}|^(?:منو|مين|من)\\s+(?:هي\\s+|هو\\s+)?ال(?:${kind.ar.join('|')})\\S*`, 'u');
};

/** The kind of named thing a question asks which one is ("which company built it", `شنو اسم الشركة`), or undefined. Pure. */
export function kindNameAsked(question: string): NamedKind | undefined {
  const folded = normaliseArabic(question).replace(/[؟?!.,،]/gu, ' ');
  return KINDS.find((kind) => askedEn(kind).test(question) || askedAr(kind).test(folded));
}

/**
 * Whether an English sentence names one of the kind: its noun capitalised inside a name ("Touristic Enterprises Company",
 * "University of Kuwait"), or its noun then a capitalised name ("the drug, Ocrevus", "a firm called Gulf Marine").
 * "A private university", "a local contracting company" name none.
 */
function namesInEnglish(sentence: string, kind: NamedKind): boolean {
  const capitalised = kind.en.map((noun) => noun[0]?.toUpperCase() + noun.slice(1)).join('|');
  const either = kind.en.map((noun) => `[${noun[0]?.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join('|');
  // A name before the noun in lower case names some too ("Adan and Jahra hospitals"), unless it only opens the sentence.
  const inName = new RegExp(`\\p{Lu}[\\p{L}'&.-]*\\s+(?:${capitalised})\\b|(?<=\\S\\s)\\p{Lu}[\\p{L}'&.-]*\\s+(?:${either})\\b|\\b(?:${capitalised})\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}`, 'u');
  const apposed = new RegExp(`\\b(?:${nouns(kind)})\\b,?\\s+(?:(?:named|called|known\\s+as)\\s+)?["“]?(\\p{Lu}[\\p{L}'-]+)`, 'giu');
  // A capitalised word after the noun opens a name, not a clause ("… a company, KUNA learnt", "… the firm. The"; see NOT_A_NAME).
  return inName.test(sentence) || [...sentence.matchAll(apposed)].some((m) => /^\p{Lu}/u.test(m[1] ?? '') && !NOT_A_NAME.test(m[1] ?? ''));
}

/**
 * Whether an Arabic sentence names one of the kind: its word then a definite word or a quoted name (`شركة المشروعات السياحية`,
 * `جامعة الكويت`, `شركة "زين"`). An indefinite word after it (`شركة مقاولات محلية`, `دواء فمويا جديدا`) names none: Arabic
 * copy marks a name by the article or the quotes it has no capitals for.
 */
function namesInArabic(sentence: string, kind: NamedKind): boolean {
  const isKind = arabicWord(kind);
  const words = normaliseArabic(sentence).split(/\s+/u);
  return words.some((w, i) => {
    const word = w.replace(/[^\p{L}]/gu, '');
    const next = words[i + 1] ?? '';
    if (!isKind.test(word) || RELATIVE.test(next)) return false;
    // A definite plural and its adjective is the kind at large (`المستشفيات الحكومية`, `الجمعيات التعاونية`), no name; nor is
    // the day that dates the sentence (`من 23 مدرسة اليوم الثلاثاء`).
    return /^["«“]/u.test(next) || (/^(?:ال|لل)/u.test(next) && !AR_DATING_WORD.test(next.replace(/[^\p{L}]/gu, '')) && !(/^(?:[وبلف]?ال|لل)/u.test(word) && PLURAL.test(word)));
  });
}

/**
 * Whether a text (a dispatch, see kindNameMissed) misses the name a question asks of a kind of thing ("which company won the
 * contract", `أي جامعة`): no sentence names one of that kind, by its noun inside a name or the gazetteer's names of it. The
 * wire that does not know, or withholds, which company won writes "a local company". Pure.
 */
export function missesKindNameAsked(kind: NamedKind, text: string): boolean {
  const { byId } = loadGazetteer();
  return !splitSentences(text).some(
    (sentence) =>
      (isArabicScript(sentence) ? namesInArabic(sentence, kind) : namesInEnglish(sentence, kind)) ||
      findEntities(sentence).some((id) => {
        const kindOf = byId.get(id)?.kind;
        return kindOf !== undefined && kind.listed.has(kindOf);
      }),
  );
}
