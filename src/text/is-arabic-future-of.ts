import { FUTURE, PERSON_PREFIXES } from './arabic-imperfect-forms.js';

/** The future's `س` and a person's prefix (see arabicImperfectForms' FUTURE and PERSON_PREFIXES). */
const FUTURE_OPENING = new RegExp(`^${FUTURE}[${PERSON_PREFIXES.join('')}]`, 'u');
/** An imperfect as the reader asks it: a person's prefix, then a stem of three letters or more. */
const IMPERFECT = new RegExp(`^[${PERSON_PREFIXES.join('')}][\u0621-\u064A]{3,}$`, 'u');

/**
 * Whether an analysed Arabic token is the future of the imperfect verb `asked`: the wire's `سيوزع`, `ستكرم` ("will hand out",
 * "will honour") for a reader's `يوزع`, `يكرم` (`بيوزعون`, `بيكرمون`). The future's `س` and a person's prefix, the same or
 * another (the wire's subject may be feminine, a body or an association), stand before the stem asked. A stem of three letters
 * counts too (unlike a bare imperfect's, see arabicImperfectForms): after the future's `س` the word can only be a verb. Pure.
 */
export function isArabicFutureOf(token: string, asked: string): boolean {
  return token.length >= 5 && FUTURE_OPENING.test(token) && IMPERFECT.test(asked) && token.slice(2) === asked.slice(1);
}
