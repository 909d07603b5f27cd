/**
 * Gulf-dialect forms a wire never writes, mapped to the standard forms it does (a list written for
 * this project): verbs of the question (`سكرت` → `أغلقت`), and the `هال…` ("this …") and `ب…`
 * (future) prefixes (`هالمهرجان` → `المهرجان`, `بتسير` → `تسير`).
 */
const DIALECT: Record<string, string> = {
  سكرت: 'أغلقت', سكر: 'أغلق', تسكر: 'تغلق', يسكر: 'يغلق', يبدون: 'يبدأ', يبدا: 'يبدأ', تبدا: 'تبدأ', بدت: 'بدأت',
  يطبقون: 'تطبيق', يطبق: 'تطبيق', فيزا: 'تأشيرة', الفيزا: 'التأشيرة', وايد: 'كثير', زود: 'زيادة',
  ياخذ: 'يستغرق', تاخذ: 'تستغرق', يسوون: 'يفعل', سوت: 'فعلت', سوى: 'فعل', الجو: 'الطقس', بالجو: 'الطقس',
  مطر: 'أمطار', المطر: 'الأمطار', غبره: 'غبار', الغبره: 'الغبار', طاح: 'انخفض', طاحت: 'انخفضت', نزلت: 'انخفضت',
  طلعت: 'ارتفعت', شكثر: 'كم', فلوس: 'أموال', تأجلت: 'تأجيل', تاجلت: 'تأجيل', أجلوا: 'تأجيل',
  الطيارة: 'الطائرة', عيال: 'أطفال', ياهل: 'طفل', الياهل: 'الطفل', يهال: 'أطفال', اليهال: 'الأطفال',
};

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
 * "tasked with", تتولى); a governorate named bare is named with `محافظة` (see BARE_GOVERNORATE); other
 * words are left as written. Pure.
 */
export function normaliseQuestion(question: string): string {
  return question
    .replace(FIGURE_AND_UNIT, '$1 $2')
    .replace(/\bhow (?:low|high|far|long|big|fast|often|deep|strong)\b/giu, 'how')
    .replace(/\b(?:in charge of|responsible for)\b/giu, 'do')
    .replace(/(^|\s)(?:ال)?مسؤول[ةه]? عن(?:ها|ه)?(?=[\s؟?]|$)/gu, '$1')
    .split(/(\s+)/)
    .map((word) => {
      const bare = word.replace(/[؟?!.,،]+$/u, '');
      const tail = word.slice(bare.length);
      const mapped = DIALECT[bare];
      if (mapped) return mapped + tail;
      const governorate = BARE_GOVERNORATE.exec(bare);
      if (governorate) return `محافظة ${governorate[1] === 'حولي' ? 'حولي' : 'الأحمدي'}${tail}`;
      if (BARE_UMRAH.test(bare)) return `أداء العمرة${tail}`;
      if (/^هال[\u0621-\u064A]{2,}/u.test(bare)) return `ال${bare.slice(3)}${tail}`;
      if (/^ب[يتن][\u0621-\u064A]{3,}/u.test(bare) && !bare.startsWith('بين')) return bare.slice(1) + tail;
      return word;
    })
    .join('');
}
