import { normaliseArabic } from './analyse-arabic.js';

/**
 * The verbs the Gulf dialect asks "what" of by gluing `ش` (its short `شو`, `ايش`) to them, in every person
 * and tense the dialect writes (hamza-less spellings and the `و` for `وا` included): saying (`شقال`,
 * `شقالت`), deciding and announcing (`شقررت`, `شعلنت`), doing (`شسوي`, `شسووا`, `شيسوون`), happening
 * (`شصار`, `شحصل`, `شجرى`), and `في` with a pronoun ("what is with it": `شفيه`, `شفيها`). A list written for
 * this project; only these: `ش` begins many real words (`شارك`, `شافوا`, `شرح`, `شالوا`, `شباب`), and
 * whether the rest of such a word is a word too says nothing (`باب` of `شباب`).
 */
const WHAT_VERBS: readonly string[] = `
قال قالت قالوا قالو قلت قلتوا قلتو قلتي قلنا يقول تقول نقول أقول اقول يقولون تقولون يقولوا يقولو تقولين
قرر قررت قرروا قررو قررتوا قررنا يقرر تقرر نقرر أقرر يقررون تقررون يقرروا
أعلن اعلن أعلنت اعلنت أعلنوا اعلنوا يعلن تعلن نعلن يعلنون تعلنون يعلنوا
سوى سوا سوت سووا سوو سويت سويتوا سويتي سوينا يسوي تسوي نسوي أسوي اسوي سوي يسوون تسوون يسووا يسوو تسوين
صار صارت صاروا صارو صاير صايره صايرة يصير تصير يصيرون
حصل حصلت حصلوا يحصل تحصل يحصلون جرى جرت يجري تجري
فيه فيها فيهم فيهن فيك فيكم فيني
`
  .split(/\s+/)
  .filter(Boolean);

const whatVerbs = new Set(WHAT_VERBS.map(normaliseArabic));

/** The future `ب` the dialect puts before an imperfect verb (`شبيسوون`, "what will they do"). */
const FUTURE = /^ب(?=[يتن])/u;

/**
 * The verb of a Gulf question word made of `ش` and one of the dialect's what-verbs (see WHAT_VERBS),
 * written as the question wrote it (`شقررت` → `قررت`, `شبيسوون` → `بيسوون`); else undefined. The word
 * glued is read as `شو` and the verb apart, so neither becomes a word the passage must hold. Pure.
 */
export function verbAfterWhat(word: string): string | undefined {
  if (!word.startsWith('ش')) return undefined;
  const verb = word.slice(1);
  return whatVerbs.has(normaliseArabic(verb.replace(FUTURE, ''))) ? verb : undefined;
}
