import type { ParsedDispatch } from '../dispatch/dispatch-types.js';
import type { StoryFeatures } from '../dispatch/story-features.js';
import type { PreparedDispatch } from '../store/dispatch-store.js';
import { analyseText } from '../text/analyse-text.js';
import { findEntities } from '../text/find-entities.js';
import { dispatchId } from './dispatch-id.js';

/** How many analysed terms of the headline and lead story grouping compares. */
const LEAD_TERMS = 40;

/** Gives a parsed dispatch its id, its analysed paragraphs (repeats left out of the index) and its story features. */
export function prepareDispatch(parsed: ParsedDispatch, source: string, sourceIndex: number): PreparedDispatch {
  const repeated = new Set(parsed.repeats.map((repeat) => repeat.paragraph));
  const paragraphTerms = parsed.paragraphs.map((text, index) => {
    if (repeated.has(index)) return null;
    const terms = analyseText(index === 0 ? `${parsed.headlineDerived ? '' : parsed.headline} ${text}` : text);
    return terms.length > 0 ? terms.join(' ') : null;
  });
  const lead = `${parsed.headline}\n${parsed.paragraphs[0] ?? ''}`;
  const city = parsed.dateline?.city ?? null;
  const features: StoryFeatures = {
    lang: parsed.lang,
    date: parsed.date,
    cityKey: city === null ? null : (findEntities(city)[0] ?? (analyseText(city).join(' ') || null)),
    entityKeys: [...new Set(findEntities(lead))].sort(),
    leadTerms: [...new Set(analyseText(lead))].slice(0, LEAD_TERMS),
  };
  return {
    dispatch: { ...parsed, id: dispatchId(parsed.agency, parsed.date, parsed.raw), source, sourceIndex },
    paragraphTerms,
    features,
  };
}
