import { arabicCountedWord, countedWord } from './counts-asked-thing.js';
import { CURRENCY_TOKENS } from './currency-words.js';
import { asksForMoney } from './tells-money.js';

/** The word right after an Arabic `كم` as the asker wrote it (`كم مدرسة`, `كم قيمة`), and the one after that (`كم عدد الغرامات`). */
const AFTER_KAM = /(?:^|[\s؟?،,])و?كم\s+([\u0621-\u064A]+)(?:\s+([\u0621-\u064A]+))?/u;

/**
 * Whether a question counts a thing that is no money ("how many schools raised their fees", `كم مدرسة
 * يشملها تثبيت الرسوم`, `كم عدد الغرامات`): a word of money elsewhere in it (the fees, the fines) is
 * what the things counted have, and the answer is a count, not an amount. Not when the thing counted is
 * a currency ("how many dinars", `كم دينار`) or a word of money itself ("how many drone fines", `كم عدد
 * الغرامات`, `كم قيمة الصفقة`, `كم رسوم التسجيل`): a passage telling a fine's amount beside the word is no
 * count of fines, and the money check keeps it out. Pure.
 */
export function countsNoMoney(question: string): boolean {
  const token = arabicCountedWord(question) ?? countedWord(question);
  if (token === undefined || CURRENCY_TOKENS.has(token)) return false;
  const [, after, next] = AFTER_KAM.exec(question) ?? [];
  // The thing counted as written: the word after `كم`, or after `كم عدد`; in English, the word counted itself.
  const written = after === undefined ? token : after === 'عدد' ? next : after;
  return written === undefined || !asksForMoney(written);
}
