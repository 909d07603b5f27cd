import type { Lang } from '../dispatch/dispatch-types.js';
import { sourceCommand } from '../telegram/format-answer.js';
import { escapeHtml } from '../telegram/format-html.js';
import type { Digest } from './digest-types.js';

/** Stories shown in a digest message; the rest are counted. */
const SHOWN = 7;

const words: Record<Lang, { title: string; empty: string; more: (n: number) => string }> = {
  en: { title: 'Your briefing', empty: 'No new dispatches since your last briefing.', more: (n) => `…and ${n} more stories (/latest).` },
  ar: { title: 'موجزك', empty: 'لا برقيات جديدة منذ موجزك الأخير.', more: (n) => `…و${n} قصص أخرى (/latest).` },
};

/** A digest as one HTML message: a line per story with its source ids, escaped. */
export function formatDigest(digest: Digest, lang: Lang): string {
  const w = words[lang];
  if (digest.stories.length === 0) return `<b>${w.title}</b>\n${w.empty}`;
  const lines = digest.stories.slice(0, SHOWN).map((story, i) => {
    const sources = story.dispatchIds.slice(0, 3).map(sourceCommand).join(' ');
    return `${i + 1}. <b>${escapeHtml(story.title)}</b>\n${escapeHtml(story.summary)}\n${sources}`;
  });
  const more = digest.stories.length > SHOWN ? [w.more(digest.stories.length - SHOWN)] : [];
  return [`<b>${w.title}</b>`, ...lines, ...more].join('\n\n');
}
