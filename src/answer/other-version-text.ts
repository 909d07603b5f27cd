import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';

/** Versions of a story read for its parallel text at most: the first filings tell it, later ones add to it. */
const VERSIONS = 3;

/**
 * For a story and a passage's language, the story's dispatches in the other language, the earliest
 * filed first, at most VERSIONS of them (memoised per story). Pure.
 */
export function otherVersions(dispatches: ReadonlyMap<string, Dispatch>): (storyId: string, lang: Lang) => readonly Dispatch[] {
  const byStory = new Map<string, Dispatch[]>();
  for (const d of dispatches.values()) {
    const key = `${d.storyId}\u0000${d.lang}`;
    const versions = byStory.get(key);
    if (versions) versions.push(d);
    else byStory.set(key, [d]);
  }
  const sorted = new Map<string, readonly Dispatch[]>();
  return (storyId, lang) => {
    const key = `${storyId}\u0000${lang === 'ar' ? 'en' : 'ar'}`;
    let versions = sorted.get(key);
    if (versions === undefined) {
      versions = [...(byStory.get(key) ?? [])].sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt)).slice(0, VERSIONS);
      sorted.set(key, versions);
    }
    return versions;
  };
}

/**
 * For a story and a passage's language, the text of the story's dispatches read in the other
 * language (headlines and paragraphs, the earliest filed first), or '' when none was read. The wire
 * tells a story in both languages, one version a translation of the other: a parallel text that
 * bridges a word the lexicon has no form for. Pure.
 */
export function otherVersionText(dispatches: ReadonlyMap<string, Dispatch>): (storyId: string, lang: Lang) => string {
  const versionsOf = otherVersions(dispatches);
  const texts = new Map<string, string>();
  return (storyId, lang) => {
    const key = `${storyId}\u0000${lang}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = versionsOf(storyId, lang).map((d) => [d.headline, ...d.paragraphs].join('\n')).join('\n');
      texts.set(key, text);
    }
    return text;
  };
}
