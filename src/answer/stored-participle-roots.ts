import type { NameVocabulary } from '../text/name-vocabulary.js';

/**
 * An Arabic passive participle of a plain three-letter root, as the analyser leaves it (the article and
 * the feminine or plural ending taken off): مفعول, `مسروق` of `المسروقة`, `مقبوض` of `المقبوض عليهم`.
 */
const PASSIVE_PARTICIPLE = /^م([\u0621-\u064A])([\u0621-\u064A])و([\u0621-\u064A])$/u;

/**
 * The words of the same root the wire writes a passive participle with, in the order tried: the bare root
 * (the verb's past and the noun of the deed, `سرق` of سرقة), the noun of the deed on فعول (`قبول`), and the
 * verb's present (`يسمح`, `تعرض`).
 */
const ROOT_FORMS: ReadonlyArray<(root: string) => string> = [(r) => r, (r) => `${r.slice(0, 2)}و${r.slice(2)}`, (r) => `ي${r}`, (r) => `ت${r}`];

/**
 * The stored words of the root of an Arabic passive participle no dispatch holds: asked how many tonnes of
 * "the stolen" cables (`المسروقة`) were recovered, the wire writes of the theft (`سرقة`); asked who was among
 * "those arrested" (`المقبوض عليهم`), that police arrested (`القبض على`) them; asked the tint "allowed"
 * (`المسموحة`), what the rules allow (`يسمح`). Only for a participle the store does not hold, so a word the wire
 * uses keeps its own sense. Pure.
 */
export function storedParticipleRoots(token: string, names: NameVocabulary | undefined): string[] {
  const match = PASSIVE_PARTICIPLE.exec(token);
  if (!names || !match || names.holds(token)) return [];
  const root = match.slice(1).join('');
  return ROOT_FORMS.map((form) => form(root)).filter((term) => names.holds(term));
}
