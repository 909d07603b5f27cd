import { analyseText } from './analyse-text.js';
import { verbAfterWhat } from './gulf-question-verbs.js';
import { measureAsHow } from './measure-as-how.js';

/**
 * The dialect's verb "do" (سوّى) in every person and tense, active and passive, read as the standard فعل a question word is:
 * what was done is asked, and the wire writes the deed, never the verb.
 */
const DO: Record<string, string> = {
  سوى: 'فعل', سوا: 'فعل', سوي: 'فعل', سوت: 'فعلت', سويت: 'فعلت', سويتي: 'فعلت', سووا: 'فعلوا', سوو: 'فعلوا', سوينا: 'فعلوا', سويتوا: 'فعلوا',
  يسوي: 'يفعل', تسوي: 'تفعل', نسوي: 'يفعل', أسوي: 'يفعل', اسوي: 'يفعل', تسوين: 'تفعل', يسوون: 'يفعلون', تسوون: 'يفعلون', يسووا: 'يفعلون', يسوو: 'يفعلون',
  // Its passive (تسوّى، انسوى: "was done", `تسوت لهم عملية`, "an operation was done on them"), past and present.
  تسوى: 'فعل', تسوت: 'فعلت', انسوى: 'فعل', انسوت: 'فعلت', يتسوى: 'يفعل', تتسوى: 'تفعل', ينسوى: 'يفعل', تنسوى: 'تفعل',
};

/**
 * Gulf-dialect forms a wire never writes, mapped to the standard forms it does (a list written for
 * this project): verbs of the question (`سكرت` → `أغلقت`), `ببلاش` ("for free") as the wire's `مجاني`, and the `هال…` ("this …") and `ب…`
 * (future) prefixes (`هالمهرجان` → `المهرجان`, `بتسير` → `تسير`).
 */
const DIALECT: Record<string, string> = {
  سكرت: 'أغلقت', سكر: 'أغلق', تسكر: 'تغلق', يسكر: 'يغلق', يبدون: 'يبدأ', يبدا: 'يبدأ', تبدا: 'تبدأ', بدت: 'بدأت',
  يطبقون: 'تطبيق', يطبق: 'تطبيق', فيزا: 'تأشيرة', الفيزا: 'التأشيرة', وايد: 'كثير', زود: 'زيادة',
  ياخذ: 'يستغرق', تاخذ: 'تستغرق', الجو: 'الطقس', بالجو: 'الطقس',
  مطر: 'أمطار', المطر: 'الأمطار', غبره: 'غبار', الغبره: 'الغبار', طاح: 'انخفض', طاحت: 'انخفضت', نزلت: 'انخفضت',
  طلعت: 'ارتفعت', شكثر: 'كم', فلوس: 'أموال', ببلاش: 'مجاني', تأجلت: 'تأجيل', تاجلت: 'تأجيل', أجلوا: 'تأجيل',
  ...DO,
  الطيارة: 'الطائرة', عيال: 'أطفال', العيال: 'الأطفال', ياهل: 'طفل', الياهل: 'الطفل', يهال: 'أطفال', اليهال: 'الأطفال',
  حريم: 'نساء', الحريم: 'النساء',
};

/**
 * A dialect noun with its article after the clitics Arabic glues before it (`بالعيال`, `وللحريم`): the conjunction and the
 * preposition stay, the noun is read as DIALECT's (`بالأطفال`). `لل` is `ل` + `ال` written together.
 */
const CLITICS_BEFORE_ARTICLE = /^([وف]?[بلك]?)(ال[\u0621-\u064A]{2,})$/u;
const CONTRACTED_ARTICLE = /^([وف]?)لل([\u0621-\u064A]{2,})$/u;

/** A word's clitics and its dialect noun with the article read as DIALECT's, or undefined (see CLITICS_BEFORE_ARTICLE). */
function dialectAfterClitics(bare: string): string | undefined {
  const contracted = CONTRACTED_ARTICLE.exec(bare);
  const mappedContracted = contracted ? DIALECT[`ال${contracted[2]}`] : undefined;
  if (contracted && mappedContracted?.startsWith('ال')) return `${contracted[1]}ل${mappedContracted.slice(1)}`;
  const glued = CLITICS_BEFORE_ARTICLE.exec(bare);
  const mapped = glued && glued[1] !== '' ? DIALECT[glued[2] as string] : undefined;
  return glued && mapped?.startsWith('ال') ? `${glued[1]}${mapped}` : undefined;
}

/**
 * Governorates whose bare name the analyser reads as another word (`الأحمدي` as the name Ahmad of
 * `مشعل الأحمد`, `حولي` as `حول`, "about"): the gazetteer lists them only with `محافظة`, and a question
 * naming one bare (`بالأحمدي`, `في حولي`) names the governorate. Arabic, with the clitic before it.
 */
const BARE_GOVERNORATE = /^[وف]?[بل]?(?:ال|ل)?(أحمدي|احمدي|حولي)$/u;

/**
 * Umrah named bare (`للعمرة`, `العمرة`): the analyser reduces it to `عمر`, the name Omar and the stem of
 * `العمرية` (Omariya), which the lexicon cannot take for Umrah; the wire's phrase for it (`أداء العمرة`) it can.
 */
const BARE_UMRAH = /^[وف]?[بل]?(?:ال|ل)عمرة$/u;

/**
 * A figure glued to its unit ("74kg", "200m", "5km"): the wire writes them apart ("74 kg"), and glued they make one
 * token no dispatch holds. Units of weight, length, volume, power and area only: "1st", "the 80s" and "5G" (a network, not grams) stay.
 */
const FIGURE_AND_UNIT = /\b(\d+(?:\.\d+)?)(kg|mg|km|m|cm|mm|ml|l|kw|mw|gw|kwh|mwh|sqm|ha)\b/giu;

/**
 * Rewrites a question's dialect words into the standard forms the wire uses, writes a figure's glued unit
 * apart (FIGURE_AND_UNIT), and drops the adjective of "how low/high/far …" (it asks for a figure, not about lowness) and "in charge of",
 * "responsible for", مسؤولة عن (they ask what a body or person does: the wire writes "will oversee",
 * "tasked with", تتولى), and drops the asker's "any idea" ("any idea how many …": it asks, and no passage writes it); a governorate named bare is named with `محافظة` (see BARE_GOVERNORATE); the dialect's
 * `ش` glued to a verb (`شقررت`) is written apart as `شو` (see verbAfterWhat); a word the store holds whole
 * (`holds`, over analysed tokens) keeps a first `ب` the dialect's future would have; other words are left as written. Pure.
 */
export function normaliseQuestion(question: string, holds?: (token: string) => boolean): string {
  return measureAsHow(question)
    .replace(FIGURE_AND_UNIT, '$1 $2')
    .replace(/\bhow (?:low|high|far|long|big|fast|often|deep|strong|tall|heavy|wide)\b/giu, 'how')
    .replace(/\b(?:in charge of|responsible for)\b/giu, 'do')
    .replace(/\bany idea\b/giu, '')
    .replace(/(^|\s)(?:ال)?مسؤول[ةه]? عن(?:ها|ه)?(?=[\s؟?]|$)/gu, '$1')
    .split(/(\s+)/)
    .map((word) => {
      const bare = word.replace(/[؟?!.,،]+$/u, '');
      return standardWord(bare, holds) + word.slice(bare.length);
    })
    .join('');
}

/** One word of a question as the wire would write it (see normaliseQuestion). */
function standardWord(bare: string, holds?: (token: string) => boolean): string {
  const mapped = DIALECT[bare] ?? dialectAfterClitics(bare);
  if (mapped) return mapped;
  const governorate = BARE_GOVERNORATE.exec(bare);
  if (governorate) return `محافظة ${governorate[1] === 'حولي' ? 'حولي' : 'الأحمدي'}`;
  if (BARE_UMRAH.test(bare)) return 'أداء العمرة';
  if (/^هال[\u0621-\u064A]{2,}/u.test(bare)) return `ال${bare.slice(3)}`;
  // `شقررت` ("what did it decide"): the dialect's `شو` glued to the verb (see verbAfterWhat).
  const verb = verbAfterWhat(bare);
  if (verb !== undefined) return `شو ${standardWord(verb, holds)}`;
  // The future `ب` (`بتسير`, `بيسوون`): the verb without it, read again (`يسوون` is a dialect word). Not of a
  // word the store holds whole: the wire never writes the dialect's future, so that is a word of its own
  // that begins so (`بيانات`, `بيضاء`, `بيشكك`).
  if (/^ب[يتن][\u0621-\u064A]{3,}/u.test(bare) && !bare.startsWith('بين') && !analyseText(bare).some((token) => holds?.(token) ?? false)) {
    return standardWord(bare.slice(1), holds);
  }
  return bare;
}
