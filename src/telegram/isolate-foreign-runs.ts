import type { Lang } from '../dispatch/dispatch-types.js';

const FSI = '\u2068';
const PDI = '\u2069';

/** Arabic inside English: Arabic words with the spaces, commas and bracketed Arabic between them. */
const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F](?:[\u0600-\u06FF\u0750-\u077F \t.,:-]|\([^()\nA-Za-z]*\))*/g;
/** Latin inside Arabic: names, acronyms, ids (digits alone order themselves well). */
const LATIN_RUN = /[A-Za-z](?:[A-Za-z0-9 .'’_/&-]*[A-Za-z0-9])?/g;

/** An Arabic run up to its last word (or bracket), with the full stop right after it; trailing separators stay outside. */
function trimRun(run: string): string {
  let end = run.length;
  while (end > 1 && !/[\u0600-\u06FF\u0750-\u077F)]/.test(run[end - 1] as string)) end -= 1;
  return /[.؟!]/.test(run[end] ?? '') ? run.slice(0, end + 1) : run.slice(0, end);
}

/**
 * Wraps each run of the other script in first-strong isolates (FSI…PDI), so an Arabic quote in an
 * English answer keeps its full stop and brackets where an Arabic reader expects them, and a Latin
 * name in Arabic text does not drag its neighbours into left-to-right order. Isolates are
 * invisible and survive HTML escaping unchanged.
 */
export function isolateForeignRuns(text: string, lang: Lang): string {
  const run = lang === 'en' ? ARABIC_RUN : LATIN_RUN;
  return text.replace(run, (match) => {
    const core = lang === 'en' ? trimRun(match) : match;
    return `${FSI}${core}${PDI}${match.slice(core.length)}`;
  });
}
