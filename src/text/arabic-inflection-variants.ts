import { cliticVariants } from './arabic-clitic-variants.js';
import { PERSON_PREFIXES } from './arabic-imperfect-forms.js';
import { ARABIC_PARTICLES } from './arabic-particles.js';
import { isArabicScript } from './transliterate-name.js';

/**
 * Endings of a verb's person and a pronoun object or possessive that the light stemmer keeps
 * (it strips `ها`, `ه`, `ون`, `ين`, …): "they" (`وا`, and `و` once `ه` is off: `رفعوه` → `رفعو`),
 * "we/us" (`نا`), "you" (`تم`, `كم`), "them/their" (`هم`, `هن`), the feminine past (`ت`).
 * Longest first.
 */
const ENDINGS = ['وا', 'تم', 'كم', 'هم', 'هن', 'نا', 'و', 'ت'];

/** Letters a stem keeps once an ending or a prefix is taken off (the three of a root). */
const MIN_ROOT = 3;

/** Object pronouns (them, you, us) a person ending may come before (`أنقذوهم`: `و` they, `هم` them). */
const OBJECT_PRONOUNS = ['هم', 'هن', 'كم', 'نا'];
/** The person endings before an object pronoun: they, you (plural), we, she/you. */
const PERSON_ENDINGS = ['وا', 'تم', 'نا', 'و', 'ت'];

/**
 * The token with one ending taken off, and with an object pronoun and the person ending before it
 * taken off (`انقذوهم` → `انقذو`, `انقذ`), longest first.
 */
function withoutEndings(token: string): string[] {
  const once = ENDINGS.filter((ending) => token.endsWith(ending)).map((ending) => token.slice(0, -ending.length));
  const objects = OBJECT_PRONOUNS.filter((ending) => token.endsWith(ending)).map((ending) => token.slice(0, -ending.length));
  const twice = objects.flatMap((stem) => PERSON_ENDINGS.filter((ending) => stem.endsWith(ending) && stem.length - ending.length >= MIN_ROOT).map((ending) => stem.slice(0, -ending.length)));
  return [...once, ...twice];
}

/**
 * The verbal noun of a three-letter stem read as a Form II verb (`حوّل` → `تحويل`, `سجّل` → `تسجيل`,
 * `شغّل` → `تشغيل`: the shadda is not written), with the proclitics the store glues to it
 * (`بتحويل`): a reader says what they did with the verb, the wire names the act with its noun.
 */
function verbalNouns(stem: string, holds: (term: string) => boolean): string[] {
  if (stem.length !== MIN_ROOT) return [];
  const noun = `ت${stem.slice(0, 2)}ي${stem.slice(2)}`;
  return cliticVariants(noun, holds).filter(holds);
}

/**
 * The forms of an analysed Arabic token, with a verb's person ending, a pronoun, or the imperfect's
 * person prefix taken off, that the store holds, for a token the store does not hold: a reader's
 * inflection (`حولوا` "they diverted", `رفعوه` "they raised it", `أنقذوهم` "they rescued them",
 * `نزلت`) finds the wire's (`حول`, `رفع`, `انقذ`, `نزل`), and a stem's Form II verbal noun (`حولوا` → `تحويل`, see verbalNouns).
 * Only then: a word the store holds is the wire's own and keeps its meaning
 * (`عمان` is not `عم` + `ان`); and only forms the store holds (`holds`, term_documents), so the
 * store's own vocabulary says which letters were an ending; never a preposition (ARABIC_PARTICLES),
 * though a preposition's letters may be a verb's stem (`حول`, about, of `حولوا`, they diverted) that
 * has a verbal noun. Without the token itself. Pure.
 */
export function inflectionVariants(token: string, holds: (term: string) => boolean): string[] {
  if (!isArabicScript(token) || /\d/.test(token) || holds(token)) return [];
  const found = new Set<string>();
  const stems = [token, ...withoutEndings(token)];
  for (const stem of stems) {
    // A wire writes the past or a noun where a reader writes the present: the imperfect's person prefix taken off.
    const bare = PERSON_PREFIXES.filter((prefix) => stem.startsWith(prefix)).map((prefix) => stem.slice(prefix.length));
    for (const form of [stem, ...bare]) {
      if (form !== token && form.length >= MIN_ROOT && !ARABIC_PARTICLES.has(form) && holds(form)) found.add(form);
      // Only a verb's ending or person prefix taken off says the word was a verb (`رخصة`, a licence, is not `رخّص`).
      if (form !== token) for (const noun of verbalNouns(form, holds)) found.add(noun);
    }
  }
  return [...found];
}
