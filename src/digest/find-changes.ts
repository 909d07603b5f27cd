import { findSpeaker, isUnlistedSpeaker, speakerName } from '../answer/find-speaker.js';
import type { Dispatch } from '../dispatch/dispatch-types.js';
import { analyseText } from '../text/analyse-text.js';

/** What a later dispatch of a story adds that a reader would want named. */
export type StoryChange = { kind: 'number'; label: string; from: string; to: string } | { kind: 'speaker'; speaker: string };

/** Words before a number that say what it counts ("the death toll rose to 15"). */
const CONTEXT_WORDS = 12;
/** Longest label of what a number counts. */
const LABEL_WORDS = 5;
/**
 * Words that never say what a number counts: how it moved (the render says rises or falls) and
 * when ("on Tuesday", "اليوم الثلاثاء"), which every dispatch of a day shares.
 */
const MOVEMENT = new Set(
  analyseText(
    'rose rise rises risen climbed climbs reached reaches stood stands jumped fell falls dropped increased decreased hit totalled totaled now ' +
      'today yesterday monday tuesday wednesday thursday friday saturday sunday ' +
      'ارتفع وارتفع ارتفاع بلغ وبلغ يبلغ ليبلغ وصل ووصل انخفض وانخفض تراجع وتراجع زاد وزاد الى إلى ' +
      'اليوم أمس الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد',
  ),
);
const NUMBER = /^\d+(?:[.,]\d+)*$/;
const INDIC = /[\u0660-\u0669]/g;

interface NumberInContext {
  value: string;
  /** the words before it, as written */
  words: string[];
  /** each word's analysed token (null for a stop word) */
  tokens: Array<string | null>;
}

function numbersOf(dispatch: Pick<Dispatch, 'paragraphs'>): NumberInContext[] {
  const found: NumberInContext[] = [];
  for (const paragraph of dispatch.paragraphs) {
    const words = paragraph.replace(INDIC, (d) => String(d.charCodeAt(0) - 0x0660)).split(/\s+/).map((w) => w.replace(/^[("«]+|[)"».,،:;؛!?؟]+$/g, '')).filter(Boolean);
    words.forEach((word, i) => {
      const value = word.replace(/^(?:ال|لل|بـ?|و)/, '');
      if (!NUMBER.test(value) || /^(19|20)\d\d$/.test(value)) return; // years say when, not how many
      const before = words.slice(Math.max(0, i - CONTEXT_WORDS), i).filter((w) => !NUMBER.test(w));
      found.push({ value, words: before, tokens: before.map((w) => { const t = analyseText(w)[0] ?? null; return t !== null && MOVEMENT.has(t) ? null : t; }) });
    });
  }
  return found;
}

/**
 * Numbers that moved: a number new to the story whose surrounding words match those of a number
 * the reader was told ("death toll … 12" then "death toll … 15"). Compared within one language.
 */
function numberChanges(before: readonly Dispatch[], after: readonly Dispatch[]): StoryChange[] {
  const changes: StoryChange[] = [];
  for (const lang of ['ar', 'en'] as const) {
    const old = [...before].sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt)).filter((d) => d.lang === lang).flatMap(numbersOf);
    const oldValues = new Set(old.map((n) => n.value));
    const seen = new Set<string>();
    for (const fresh of after.filter((d) => d.lang === lang).flatMap(numbersOf)) {
      if (oldValues.has(fresh.value)) continue;
      // the best match; on a tie the latest the reader was told (before is oldest first)
      let best: { from: string; shared: Set<string> } | null = null;
      for (const candidate of old) {
        const shared = new Set(fresh.tokens.filter((t): t is string => t !== null && candidate.tokens.includes(t)));
        if (shared.size > 0 && (best === null || shared.size >= best.shared.size)) best = { from: candidate.value, shared };
      }
      if (!best) continue;
      const shared = best.shared;
      // what the number counts: a few words from the first shared one ("death toll from the floods"), no stop word last
      const first = fresh.tokens.findIndex((t) => t !== null && shared.has(t));
      const words = fresh.words.slice(first, first + LABEL_WORDS);
      while (words.length > 1 && fresh.tokens[first + words.length - 1] === null) words.pop();
      const label = words.join(' ');
      const key = `${label}|${best.from}|${fresh.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      changes.push({ kind: 'number', label, from: best.from, to: fresh.value });
    }
  }
  return changes;
}

function speakersOf(dispatches: readonly Dispatch[]): Set<string> {
  // a named speaker only: "the ministry said" names nobody new; nor a name no list holds, which each language spells its own way
  return new Set(dispatches.flatMap((d) => d.paragraphs.map((_, i) => findSpeaker(d.paragraphs, i)).filter((s): s is string => s !== null && !isUnlistedSpeaker(s) && speakerName(s, 'en') !== null)));
}

/** The material changes `after` brings to a story the reader knows from `before`: moved numbers, new speakers. */
export function findChanges(before: readonly Dispatch[], after: readonly Dispatch[]): StoryChange[] {
  const known = speakersOf(before);
  const speakers = [...speakersOf(after)].filter((s) => !known.has(s)).map((speaker): StoryChange => ({ kind: 'speaker', speaker }));
  return [...numberChanges(before, after), ...speakers];
}
