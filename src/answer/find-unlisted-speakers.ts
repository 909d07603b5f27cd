import { arabicMarkerPattern } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { isArabicParticle, isArabicTitle } from './names-arabic-person.js';
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS } from './speech-verbs.js';

/**
 * The names of people no list holds that a sentence gives as the speaker of a verb of speech: the
 * daily wire is full of officials nobody listed ("…, Dr. Amal Al-Ajmi, a food inspection official,
 * said", `بحسب ما قالت المسؤولة في التفتيش الغذائي أمل العجمي`, `… يوسف القلاف لـ(كونا)`). A name is
 * read only where it stands as the subject of the verb, never inside what is reported ("he said the
 * park opens in Gulf Road", `وقال إن الحديقة في منطقة الشويخ`), so a place or a body the speaker
 * talks about is not taken for them. Names are returned as written. Pure.
 */
export function findUnlistedSpeakers(sentence: string): string[] {
  return /[\u0600-\u06FF]/u.test(sentence) ? arabicSpeakers(sentence) : englishSpeakers(sentence);
}

/** Titles written before an English name ("Dr.", "Sheikh"): a name after one is a person's. */
const ENGLISH_TITLE = /^(?:Dr|Mr|Mrs|Ms|Miss|Eng|Prof|Sheikh|Sheikha|Capt|Captain|Col|Colonel|Brig|Maj|Major|Lt|Gen|Judge|Counsellor|Coach)\.?$/;
/** A capitalised word of a name, hyphenated parts allowed (`Al-Ajmi`, `Abdul-Rahman`). */
const NAME_WORD = /^[A-Z][a-z']+(?:-[A-Z][a-z']+)*$/;
/** The parts that mark an Arabic name written in English: the article, ibn, abu, abd. */
const NAME_PARTICLE = /^(?:(?:Al|El)-[A-Z]|Abu$|Abdul|bin$|bint$|Bin$)/;
/**
 * Words that make a capitalised run a body, a place, an office or a time rather than a person (a
 * closed class of the wire's institutional nouns, offices, weekdays and months).
 */
const NOT_PERSON = new Set(
  (
    'Ministry Minister Municipality Authority Company Society Hospital Clinic Club Council Committee University College School Road Street Park Centre Center ' +
    'Bank Agency News Department Association Union Federation Festival Kuwait Kuwaiti Gulf Arab Arabian Emirates Saudi Gazette Times Post Corporation Group ' +
    'Fund Institute Office Directorate Court Police Army Guard Force Forces Airways Airport Port Stadium Museum Library Market Mall Team ' +
    'Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July August September October November December ' +
    'President Director Chairman Chairwoman Head Undersecretary Secretary General Deputy Ambassador Governor Manager Officer Spokesman Spokeswoman ' +
    'Spokesperson Assistant Acting Chief Executive Board Health Interior Foreign Affairs Information Finance Commerce Industry Education Oil Defence Defense ' +
    'Social Public Works Electricity Water National State Government Statement Foundation Trust Holding Holdings Cooperative Organization ' +
    'Organisation Programme Initiative Network Channel Radio Newspaper Daily The A An He She They It This That'
  ).split(' '),
);
const ENGLISH_VERB = new RegExp(`\\b(?:${ENGLISH_SPEECH_VERBS.join('|')})\\b`, 'g');

/**
 * The person's name in a run of capitalised words: from the given name before the first Arabic name part
 * ("Minister of Health Ahmad Al-Awadhi" gives "Ahmad Al-Awadhi"), else the last two or three words when
 * no word of them is a body's, a place's or an office's.
 */
function personIn(run: readonly string[]): string | null {
  const words = run.filter((w) => !ENGLISH_TITLE.test(w));
  const particle = words.findIndex((w) => NAME_PARTICLE.test(w));
  const name = particle >= 0 ? words.slice(Math.max(0, particle - 1)) : words.slice(-3);
  if (name.length < (particle >= 0 ? 1 : 2) || name.some((w) => NOT_PERSON.has(w))) return null;
  return name.join(' ');
}

function englishSpeakers(sentence: string): string[] {
  const names: string[] = [];
  const verbs = [...sentence.matchAll(ENGLISH_VERB)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  if (verbs.length === 0) return names;
  // runs of capitalised words (a title and `bin` may stand inside), with where each begins and ends
  for (const m of sentence.matchAll(/(?<![\p{L}'-])(?:(?:[A-Z][a-z]{0,8}\.?|[A-Z][a-z']+(?:-[A-Z][a-z']+)*|bin|bint)\s+)*[A-Z][a-z']+(?:-[A-Z][a-z']+)*(?![\p{L}])/gu)) {
    const run = m[0].split(/\s+/);
    if (!run.every((w) => NAME_WORD.test(w) || ENGLISH_TITLE.test(w) || /^bint?$/.test(w))) continue;
    const name = personIn(run);
    if (!name) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // the subject of a verb: the verb right after it, or after one appositive ("…, a food inspection official, said"); or right before it ("said Dr. …")
    const subject = verbs.some((v) => (v.start >= end && /^(?:,[^,;.]{1,90},)?\s*$/.test(sentence.slice(end, v.start))) || (v.end <= start && /^\s*$/.test(sentence.slice(v.end, start))));
    if (subject) names.push(name);
  }
  return names;
}

/** An Arabic verb of speech as a whole word, a conjunction allowed before it and its feminine or plural after (`وقالت`، `أفادوا`). */
const ARABIC_VERB = new RegExp(`^[وف]?(?:${ARABIC_SPEECH_VERBS.map(normaliseArabic).join('|')})(?:ت|وا)?$`, 'u');
/** Words that open what is reported (`إن`، `أن`، `بأن`): a name after one is inside the report, not its speaker. */
const COMPLEMENT = /^(?:ان|انه|انها|بان|بانه|بانها|وان)$/u;
/** Where a speaker's name ends: the agency spoken to (`لـ(كونا)`، `لوام`، `لوكالة`, any listed agency's marker), what is reported, or a verb of speech. */
const ADDRESS = new RegExp(normaliseArabic(`^(?:ل|لـ)?\\(|^لوكاله|^(?:لـ?\\s*)?\\(?(?:${arabicMarkerPattern})(?!\\p{L})`), 'u');
/** Words of attribution and time around a speaker's stretch (`بحسب ما قالت`, `وفق`, `قبل`, `اليوم`), which, like the particles (see isArabicParticle), never stand as a given name. */
const NOT_GIVEN = /^(?:بحسب|حسب|وفق|وفقا|قبل|بعد|خلال|اليوم|امس)$/u;
/** Bodies and places, which are not a given name before a definite word (`وزاره الصحه`، `منطقه الشويخ`; an agency's `انباء الامارات`), folded. */
const BODY = /^[وبلف]?(?:وزاره|انباء|هيئه|جمعيه|شركه|لجنه|بلديه|مستشفي|مجلس|اداره|مركز|جامعه|نادي|اتحاد|بنك|مؤسسه|منظمه|سفاره|قطاع|دائره|مكتب|صندوق|معهد|كليه|مدرسه|محكمه|نيابه|وكاله|حكومه|دوله|امانه|غرفه|بورصه|شرطه|قوه|قوات|حرس|فريق|منتخب|مصادر|مصدر|بيان|منطقه|محافظه|حديقه|شارع|طريق|مدينه|جزيره|ساحه|قاعه|متحف|مكتبه|مسرح|ملعب|مجمع|سوق|ميناء|مطار|عياده|مختبر|قسم|فرع|برنامج|حمله|مشروع|مهرجان|معرض|مسابقه|بطوله|دوري|كاس)$/u;
const DEFINITE_ONLY = /^ال\p{L}{2,}$/u;
/** How many words before a name its verb may stand (`وقال رئيس لجنة أصحاب البسطات يوسف القلاف`: a post of several words between). */
const VERB_REACH = 12;

function arabicSpeakers(sentence: string): string[] {
  const words = sentence.split(/\s+/).filter(Boolean);
  const bare = words.map((w) => normaliseArabic(w).replace(/[.,،:؛"«»!؟?]+$/u, '').replace(/^[«"(]+/u, ''));
  const endsClause = words.map((w) => /[.,،:؛!؟?]$/u.test(w));
  const names: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const given = bare[i] as string;
    if (endsClause[i] || !/^\p{L}{2,}$/u.test(given) || /^[وفبلك]?ال/u.test(given) || isArabicParticle(given) || NOT_GIVEN.test(given) || isArabicTitle(given) || BODY.test(given) || ARABIC_VERB.test(given) || COMPLEMENT.test(given)) continue;
    let last = i + 1;
    if (!DEFINITE_ONLY.test(bare[last] as string)) continue;
    // a family name of several parts (`أحمد الفهد الصباح`)
    while (!endsClause[last] && last + 1 < words.length && DEFINITE_ONLY.test(bare[last + 1] as string)) last += 1;
    const next = bare[last + 1];
    const bounded = endsClause[last] || next === undefined || ADDRESS.test(next) || COMPLEMENT.test(next) || ARABIC_VERB.test(next);
    if (!bounded) continue;
    // the subject of a verb before it, with nothing reported between (`قال … إن` puts what follows inside the report)
    let verb = -1;
    for (let j = i - 1; j >= Math.max(0, i - VERB_REACH); j -= 1) {
      if (COMPLEMENT.test(bare[j] as string) || /[.!؟?]$/u.test(words[j] as string)) break;
      if (ARABIC_VERB.test(bare[j] as string)) {
        verb = j;
        break;
      }
    }
    const verbAfter = next !== undefined && ARABIC_VERB.test(next);
    if (verb < 0 && !verbAfter) continue;
    names.push(words.slice(i, last + 1).join(' ').replace(/[.,،:؛"«»!؟?]+$/u, ''));
    i = last;
  }
  return names;
}
