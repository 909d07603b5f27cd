import { normaliseArabic } from './analyse-arabic.js';
import { ARABIC_DUAL_WORD } from './arabic-duals.js';

/**
 * The text with each Arabic dual that counts two (see ARABIC_DUAL: `بدينارين`, `مرتين`, `وزيران`) written as the figure 2 and
 * its singular (`2 دينار`, `2 مره`, `2 وزير`; the conjunction, preposition or article before it dropped): the analyser takes the dual's ending off, so a dual read as it stands leaves no
 * figure among the tokens, though it tells one. A feminine singular is written with its `ة` (folded: `ه`). Pure.
 */
export function spellArabicDuals(text: string): string {
  return text.replace(/[\u0621-\u064A]+/gu, (word) => {
    const dual = ARABIC_DUAL_WORD.exec(normaliseArabic(word));
    if (dual === null) return word;
    const stem = (dual[2] ?? dual[3]) as string;
    return `2 ${stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : stem}`;
  });
}
