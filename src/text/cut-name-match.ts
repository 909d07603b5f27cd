import { normaliseArabic } from './analyse-arabic.js';
import { isArabicScript } from './transliterate-name.js';
import { withoutArticle } from './without-article.js';

/** The adjective of a place's name, its nisba: the name without a final vowel letter and with `ي` (`السعودية` → `سعودي`, `أمريكا` → `امريكي`, `تشيلي` → `تشيلي`). */
const nisba = (form: string) => `${withoutArticle(form).replace(/[اهي]$/u, '')}ي`;

/**
 * Whether a one-word Arabic place name is matched only because the light stemmer cut the question's word down
 * to the name's stem: the analyser takes a final `ي` off (`تشيلي`, Chile → `تشيل`), so a Gulf verb of the same
 * letters (`تشيل`, you remove; `لين متى المحلات لازم تشيل الألعاب`) reads as the country. A word that names the
 * place holds one of its written forms, or its adjective, with a clitic before it or a suffix after it (`بالكويت`,
 * `للكويت`, `مصريين`, `السعوديين`, `تشيلية`); one that holds none of them is another word. `written` is the question's word as
 * written (see writtenWords); a phrase, or a word written in Latin letters, is left to the stemmer. Pure.
 */
export function isCutNameMatch(forms: readonly string[], length: number, written: string): boolean {
  if (length !== 1 || written === '' || !isArabicScript(written)) return false;
  const word = normaliseArabic(written);
  const arabic = forms.filter((form) => isArabicScript(form) && !form.includes(' '));
  return arabic.length > 0 && !arabic.some((form) => holdsName(word, withoutArticle(form)) || word.includes(nisba(form)));
}

/**
 * Whether a folded word holds a place's name (folded, without the article): anywhere in it, save right before a closing
 * ta marbuta the name lacks (`حلبة`, a ring or track, is no `حلب`, Aleppo; `قطرة`, a drop, no `قطر`): a place takes a clitic
 * or a nisba's suffix (`بحلب`, `قطرية`), never that ending, which makes another noun.
 */
const holdsName = (word: string, name: string): boolean => word.includes(name) && !(!name.endsWith('ه') && word.endsWith(`${name}ه`) && word.indexOf(name) === word.length - name.length - 1);
