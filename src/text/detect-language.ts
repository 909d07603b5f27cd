import type { Lang } from '../dispatch/dispatch-types.js';

/** How many Arabic and how many Latin letters a text holds. */
export function scriptCounts(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) arabic += 1;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin += 1;
  }
  return { arabic, latin };
}

/** `ar` when Arabic letters outnumber Latin ones, else `en`: the language of a dispatch. */
export function detectLanguage(text: string): Lang {
  const { arabic, latin } = scriptCounts(text);
  return arabic > latin ? 'ar' : 'en';
}

/** `ar`, `en` or `mixed` (neither script has 80% of the letters): the language of a question. */
export function detectQueryLanguage(text: string): 'ar' | 'en' | 'mixed' {
  const { arabic, latin } = scriptCounts(text);
  if (arabic + latin === 0) return 'en';
  const share = arabic / (arabic + latin);
  return share >= 0.8 ? 'ar' : share <= 0.2 ? 'en' : 'mixed';
}
