/**
 * The Arabic words that ask "what", "how many" and "who", standard and Gulf, as alternations for a
 * regular expression over a question folded by normaliseArabic (أ → ا, ى → ي, ة → ه, گ → ق, چ → ج): one
 * class each, so every reader of a question's kind knows the dialect's forms (`شنو سبب`, `قديش`, `منهو`)
 * as it knows the standard ones. A list written for this project.
 */
export const WHAT_AR = 'ما|ماذا|شو|ايش|اش|وش|ويش|وشو|شنو|شنهو|شنهي';

/** "How many", "how much", "for how much" (see WHAT_AR). */
export const HOW_MANY_AR = 'كم|بكم|شكثر|شكم|شقد|قديش|جم';

/** "Who" (see WHAT_AR); not `من`, which is also "from". */
export const WHO_AR = 'مين|منو|منهو|منهي';

/**
 * The Arabic question words every reader of a question's asking takes (folded, see WHAT_AR): what, how many, who, when
 * (`متى`), where (`وين`), why (`ليش`), how (`كيف`, `شلون`), which (`أي`); not `من`, also "from". Each reader adds its own.
 */
export const QUESTION_WORDS_AR = `${WHAT_AR}|${HOW_MANY_AR}|${WHO_AR}|متي|امتي|وين|اين|فين|ليش|ليه|لماذا|كيف|شلون|اي`;

const CLASSES: Record<string, string> = { '<what>': WHAT_AR, '<howMany>': HOW_MANY_AR, '<who>': WHO_AR };

/** `pattern` with each `<what>`, `<howMany>` and `<who>` written out as its class (see WHAT_AR). Pure. */
export function withAskingWords(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/<what>|<howMany>|<who>/g, (name) => CLASSES[name] ?? name), pattern.flags);
}
