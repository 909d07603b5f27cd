import type { Lang } from '../dispatch/dispatch-types.js';
import { analyseText } from '../text/analyse-text.js';
import { loadGazetteer, matchEntityAt } from '../text/gazetteer.js';
import { isArabicScript } from '../text/transliterate-name.js';

/**
 * A name (a dateline's city, a topic) in the reader's language when the gazetteer knows it as a
 * whole ("بكين" → "Beijing"); otherwise as written.
 */
export function nameInLanguage(name: string, lang: Lang): string {
  if (isArabicScript(name) === (lang === 'ar')) return name;
  const tokens = analyseText(name);
  const match = tokens.length > 0 ? matchEntityAt(tokens, 0) : null;
  if (!match || match.length !== tokens.length) return name;
  return loadGazetteer().byId.get(match.id)?.[lang][0] ?? name;
}
