import { analyseText } from '../text/analyse-text.js';
import { findEntitiesInTokens } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { nameSkeleton } from '../text/transliterate-name.js';

/** The prefix of a city key made of a name skeleton: no gazetteer id starts with it. */
export const SKELETON_CITY = '~';

/**
 * The dateline city as a key both languages' datelines give: the gazetteer entry the whole dateline
 * names, a city first (a dateline is a city: `عمان` there is Amman, not Oman); else the first entry
 * in it; else, for a city no gazetteer lists, its consonant skeleton (`BISHKEK` and `بيشكك` both
 * `~BXK`), so the other language's version is offered as a candidate. Pure.
 */
export function datelineCityKey(city: string): string | null {
  const tokens = analyseText(city);
  if (tokens.length === 0) return null;
  const gazetteer = loadGazetteer();
  const whole = (gazetteer.namePhrases.get(tokens[0] as string) ?? [])
    .filter((phrase) => phrase.tokens.length === tokens.length && phrase.tokens.every((token, i) => token === tokens[i]))
    .map((phrase) => phrase.id);
  const named = whole.find((id) => gazetteer.byId.get(id)?.kind === 'city') ?? whole[0] ?? findEntitiesInTokens(tokens)[0];
  if (named !== undefined) return named;
  const skeleton = nameSkeleton(city).join(' ');
  return skeleton ? SKELETON_CITY + skeleton : tokens.join(' ');
}
