import { datelineCityKey } from '../dispatch/dateline-city-key.js';
import type { ParsedDispatch } from '../dispatch/dispatch-types.js';
import { findDateKeys } from '../dispatch/find-date-keys.js';
import { findDayKeys } from '../dispatch/find-day-keys.js';
import { findNameKeys } from '../dispatch/find-name-keys.js';
import { findNumberKeys } from '../dispatch/find-number-keys.js';
import type { StoryFeatures } from '../dispatch/story-features.js';
import { detectUpdateMarker } from '../sources/detect-update-marker.js';
import type { PreparedDispatch } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { findEntitiesInTokens } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';
import { dispatchId } from './dispatch-id.js';

/** How many analysed terms of the headline and lead story grouping compares. */
const LEAD_TERMS = 40;
/** How many figures of the whole dispatch story grouping keeps. */
const DISPATCH_NUMBERS = 120;
/** How many name keys of the whole dispatch story grouping keeps: in Arabic every word gives keys (`findNameKeys`). */
const DISPATCH_NAMES = 600;

/** What analysis reads of a dispatch: its text and the fields story grouping compares (not `raw`). */
export type AnalysableDispatch = Omit<ParsedDispatch, 'raw' | 'endMarker' | 'editors'>;

/** Gives a parsed dispatch its id, its analysed paragraphs (repeats left out of the index) and its story features. */
export function prepareDispatch(parsed: ParsedDispatch, source: string, sourceIndex: number): PreparedDispatch {
  return {
    dispatch: { ...parsed, id: dispatchId(parsed.agency, parsed.date, parsed.raw), source, sourceIndex },
    ...analyseDispatch(parsed),
  };
}

/**
 * The analysed paragraphs (repeats left out of the index) and the story features of a dispatch:
 * at ingest, and again from the stored text when the analyser changes (the store's re-index).
 */
export function analyseDispatch(parsed: AnalysableDispatch): Pick<PreparedDispatch, 'paragraphTerms' | 'features'> {
  const repeated = new Set(parsed.repeats.map((repeat) => repeat.paragraph));
  const headlineTokens = parsed.headlineDerived ? [] : analyseText(parsed.headline);
  const tokensByParagraph = parsed.paragraphs.map((text, index) => (repeated.has(index) ? [] : analyseText(text)));
  const paragraphTerms = tokensByParagraph.map((tokens, index) => {
    const all = index === 0 ? [...headlineTokens, ...tokens] : tokens;
    return all.length > 0 ? all.join(' ') : null;
  });
  const leadTokens = [...headlineTokens, ...(tokensByParagraph[0] ?? [])];
  const headline = parsed.headlineDerived ? '' : parsed.headline;
  // The whole dispatch, repeats left out: the other language's version may give a figure or a
  // name only in its third paragraph, and a speaker is often named only in the second.
  const wholeText = [headline, ...parsed.paragraphs.filter((_, index) => !repeated.has(index))].join('\n');
  const city = parsed.dateline?.city ?? null;
  const features: StoryFeatures = {
    agency: parsed.agency,
    lang: parsed.lang,
    date: parsed.date,
    cityKey: city === null ? null : datelineCityKey(city),
    // Names only (no adjectives), clubs left out: story grouping's thresholds were fitted on these keys, and a club
    // (one of a dozen in every domestic result) tells one story from another no better than its sport does.
    // The tokens joined by `concat`: a spread of `flat()` took as long as finding the entities in them.
    entityKeys: [...new Set(findEntitiesInTokens(headlineTokens.concat(...tokensByParagraph), { adjectives: false }))].filter((id) => loadGazetteer().byId.get(id)?.kind !== 'club').sort(),
    leadTerms: [...new Set(leadTokens)].slice(0, LEAD_TERMS),
    // The dates it names by day and month go with the figures: `15/4` for `April 15` and `15 أبريل`.
    numberKeys: [...findNumberKeys(wholeText).slice(0, DISPATCH_NUMBERS), ...findDateKeys(wholeText, parsed.date)],
    // The weekdays named besides the dispatch's own go with the names: proper names of days, compared the same way.
    nameKeys: [...findDayKeys(wholeText, parsed.lang, parsed.date), ...findNameKeys(wholeText, parsed.lang).slice(0, DISPATCH_NAMES)],
    marker: detectUpdateMarker(parsed.headline, parsed.paragraphs[0] ?? ''),
    urgent: parsed.urgent,
  };
  return { paragraphTerms, features };
}
