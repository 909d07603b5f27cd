import type { ParsedDispatch } from '../dispatch/dispatch-types.js';
import { findNameKeys } from '../dispatch/find-name-keys.js';
import { findNumberKeys } from '../dispatch/find-number-keys.js';
import type { StoryFeatures } from '../dispatch/story-features.js';
import { detectUpdateMarker } from '../sources/detect-update-marker.js';
import type { PreparedDispatch } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { findEntitiesInTokens } from '../text/find-entities.js';
import { dispatchId } from './dispatch-id.js';

/** How many analysed terms of the headline and lead story grouping compares. */
const LEAD_TERMS = 40;
/** How many paragraphs after the headline carry the figures grouping compares (names: the first). */
const LEAD_PARAGRAPHS = 2;

/** What analysis reads of a dispatch: its text and the fields story grouping compares (not `raw`). */
export type AnalysableDispatch = Omit<ParsedDispatch, 'raw' | 'agency' | 'endMarker' | 'editors'>;

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
  const leadText = [headline, ...parsed.paragraphs.slice(0, LEAD_PARAGRAPHS)].join('\n');
  const city = parsed.dateline?.city ?? null;
  const cityTokens = city === null ? [] : analyseText(city);
  const features: StoryFeatures = {
    lang: parsed.lang,
    date: parsed.date,
    cityKey: city === null ? null : (findEntitiesInTokens(cityTokens)[0] ?? (cityTokens.join(' ') || null)),
    // Names only: story grouping's thresholds were fitted on these keys.
    entityKeys: [...new Set(findEntitiesInTokens(leadTokens, { adjectives: false }))].sort(),
    leadTerms: [...new Set(leadTokens)].slice(0, LEAD_TERMS),
    numberKeys: findNumberKeys(leadText).slice(0, LEAD_TERMS),
    nameKeys: findNameKeys(`${headline}\n${parsed.paragraphs[0] ?? ''}`, parsed.lang).slice(0, LEAD_TERMS),
    marker: detectUpdateMarker(parsed.headline, parsed.paragraphs[0] ?? ''),
    urgent: parsed.urgent,
  };
  return { paragraphTerms, features };
}
