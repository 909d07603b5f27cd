import type { Dispatch } from '../dispatch/dispatch-types.js';
import type { PassageHit } from '../store/dispatch-store.js';
import type { AnswerType } from './answer-type.js';
import { figuresTold } from './fact-in-other-version.js';

/** Answer types a figure gives: a count or an amount, a length of time, a day. */
export const FIGURED: ReadonlySet<AnswerType> = new Set(['number', 'duration', 'date']);

/**
 * A figure's digits without its scale: the wire writes "148,000" in one language and `148 ألف` in the
 * other, "318,500" and `5ر318 ألف`; both come to `148`, `3185`. Two figures of one mantissa at
 * different scales are taken for one: this errs towards the other version telling the figure too.
 */
const mantissa = (key: string) => key.replace(/\D/g, '').replace(/0+$/, '') || '0';

const mantissas = (text: string) => new Set([...figuresTold(text)].map(mantissa));

/**
 * Whether a passage tells a figure (an amount, a count, a day of the month, a year: see figuresTold)
 * that its story's version in the other language, as read, does not: the detail one version keeps and
 * the other leaves out. Figures are written alike in both languages, so this needs no lexicon. False
 * when no dispatch of the other version was read (no evidence either way). Pure.
 */
export function figuresOnlyHere(dispatches: ReadonlyMap<string, Dispatch>): (hit: PassageHit) => boolean {
  const toldIn = new Map<string, Set<string>>();
  for (const d of dispatches.values()) {
    const key = `${d.storyId}\u0000${d.lang}`;
    const figures = toldIn.get(key) ?? new Set<string>();
    for (const figure of mantissas([d.headline, ...d.paragraphs].join('\n'))) figures.add(figure);
    toldIn.set(key, figures);
  }
  return (hit) => {
    const there = toldIn.get(`${hit.storyId}\u0000${hit.lang === 'ar' ? 'en' : 'ar'}`);
    return there !== undefined && [...mantissas(hit.text)].some((figure) => !there.has(figure));
  };
}
