import type { Lang } from '../dispatch/dispatch-types.js';

function counts(text: string): { arabic: number; latin: number } {
  return { arabic: text.match(/[\u0600-\u06FF]/g)?.length ?? 0, latin: text.match(/[A-Za-z]/g)?.length ?? 0 };
}

/** `ar` when Arabic letters outnumber Latin ones, else `en`: the language of a dispatch. */
export function detectLanguage(text: string): Lang {
  const { arabic, latin } = counts(text);
  return arabic > latin ? 'ar' : 'en';
}

/** `ar`, `en` or `mixed` (neither script has 80% of the letters): the language of a question. */
export function detectQueryLanguage(text: string): 'ar' | 'en' | 'mixed' {
  const { arabic, latin } = counts(text);
  if (arabic + latin === 0) return 'en';
  const share = arabic / (arabic + latin);
  return share >= 0.8 ? 'ar' : share <= 0.2 ? 'en' : 'mixed';
}
