import type { Dispatch } from '../dispatch/dispatch-types.js';
import type { ParallelText } from './induce-lexicon.js';

type Version = Pick<Dispatch, 'storyId' | 'lang' | 'urgent' | 'ingestedAt' | 'headline' | 'headlineDerived' | 'paragraphs'>;

/**
 * Each English dispatch with the Arabic one of its story that is most likely its translation: of
 * the same kind (a flash with a flash), filed closest in time; each used once.
 */
function pairVersions(english: readonly Version[], arabic: readonly Version[]): Array<[Version, Version]> {
  const gap = (a: Version, b: Version) => Math.abs(Date.parse(a.ingestedAt) - Date.parse(b.ingestedAt));
  const candidates = english.flatMap((en, i) => arabic.map((ar, j) => ({ en, ar, i, j, gap: gap(en, ar) }))).filter((c) => c.en.urgent === c.ar.urgent);
  candidates.sort((a, b) => a.gap - b.gap || a.i - b.i || a.j - b.j);
  const usedEn = new Set<number>();
  const usedAr = new Set<number>();
  const pairs: Array<[Version, Version]> = [];
  for (const c of candidates) {
    if (usedEn.has(c.i) || usedAr.has(c.j)) continue;
    usedEn.add(c.i);
    usedAr.add(c.j);
    pairs.push([c.en, c.ar]);
  }
  return pairs;
}

/**
 * The parallel texts a store holds: the stories told in both languages (the store groups an
 * Arabic dispatch and its English version under one story id), each English dispatch with its
 * Arabic version, as units that say the same thing: the headlines, the leads, and the later
 * paragraphs one by one when both versions have as many (a translation; otherwise their order
 * says little). A headline derived from the lead is not one. Pure.
 */
export function parallelStoryTexts(dispatches: readonly Version[]): ParallelText[] {
  const stories = new Map<string, { en: Version[]; ar: Version[] }>();
  for (const dispatch of dispatches) {
    const story = stories.get(dispatch.storyId) ?? { en: [], ar: [] };
    story[dispatch.lang].push(dispatch);
    stories.set(dispatch.storyId, story);
  }
  const texts: ParallelText[] = [];
  for (const [story, { en, ar }] of stories) {
    for (const [e, a] of pairVersions(en, ar)) {
      if (!e.headlineDerived && !a.headlineDerived) texts.push({ en: e.headline, ar: a.headline, story });
      const [enLead, arLead] = [e.paragraphs[0], a.paragraphs[0]];
      if (enLead !== undefined && arLead !== undefined) texts.push({ en: enLead, ar: arLead, story });
      if (e.paragraphs.length !== a.paragraphs.length) continue;
      for (let i = 1; i < e.paragraphs.length; i += 1) texts.push({ en: e.paragraphs[i] as string, ar: a.paragraphs[i] as string, story });
    }
  }
  return texts;
}
