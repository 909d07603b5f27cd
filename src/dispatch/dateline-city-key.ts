import { analyseText } from '../text/analyse-text.js';
import { findEntitiesInTokens } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { memoiseBounded } from '../text/memoise-bounded.js';
import { nameSkeleton } from '../text/transliterate-name.js';

/** The prefix of a city key made of a name skeleton: no gazetteer id starts with it. */
export const SKELETON_CITY = '~';

/** Each gazetteer city's names as skeletons (one name at a time), to the city's id; a skeleton two cities give is left out. */
let citySkeletons: Map<string, string> | null = null;
function cityOfSkeleton(skeleton: string): string | undefined {
  if (citySkeletons === null) {
    const ids = new Map<string, Set<string>>();
    for (const entry of loadGazetteer().entries) {
      if (entry.kind !== 'city') continue;
      for (const name of [...entry.en, ...entry.ar]) {
        const key = nameSkeleton(name).join(' ');
        if (key) ids.set(key, (ids.get(key) ?? new Set()).add(entry.id));
      }
    }
    citySkeletons = new Map([...ids].filter(([, cities]) => cities.size === 1).map(([key, cities]) => [key, [...cities][0] as string]));
  }
  return citySkeletons.get(skeleton);
}

/** Datelines whose keys are remembered: a wire files from a few dozen cities, and each key costs the gazetteer's lookups and a skeleton. */
const CACHED_CITIES = 10_000;

/**
 * The dateline city as a key both languages' datelines give: the gazetteer entry the whole dateline
 * names, a city first (a dateline is a city: `عمان` there is Amman, not Oman); else the first entry
 * in it; else the gazetteer city one of whose names has the dateline's consonant skeleton (`الأحمدي`
 * and `AHMADI` both `ahmadi`); else, for a city no gazetteer lists, its consonant skeleton (`BISHKEK`
 * and `بيشكك` both `~BXK`), so the other language's version is offered as a candidate. Pure.
 */
export const datelineCityKey: (city: string) => string | null = memoiseBounded(cityKeyOf, CACHED_CITIES);

/** datelineCityKey, computed. */
function cityKeyOf(city: string): string | null {
  const tokens = analyseText(city);
  if (tokens.length === 0) return null;
  const gazetteer = loadGazetteer();
  const whole = (gazetteer.namePhrases.get(tokens[0] as string) ?? [])
    .filter((phrase) => phrase.tokens.length === tokens.length && phrase.tokens.every((token, i) => token === tokens[i]))
    .map((phrase) => phrase.id);
  const named = whole.find((id) => gazetteer.byId.get(id)?.kind === 'city') ?? whole[0] ?? findEntitiesInTokens(tokens)[0];
  if (named !== undefined) return named;
  // A city the gazetteer lists in one script only under another form (`الأحمدي` beside `محافظة الأحمدي`
  // and `Ahmadi`) has the skeleton of one of its names: the other language's dateline gives the id.
  const skeleton = nameSkeleton(city).join(' ');
  return skeleton ? (cityOfSkeleton(skeleton) ?? SKELETON_CITY + skeleton) : tokens.join(' ');
}
