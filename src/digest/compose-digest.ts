import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Llm } from '../answer/llm.js';
import { promptLanguageNames, renderPrompt } from '../answer/load-prompt.js';
import type { Lang } from '../dispatch/dispatch-types.js';
import type { Logger } from '../logger.js';
import type { DispatchStore } from '../store/dispatch-store.js';
import type { SummaryCache } from '../store/summary-cache.js';
import type { Digest, DigestStory } from './digest-types.js';
import { foldRepeatedStories } from './fold-repeated-stories.js';
import { rankStories, type StoryGroup } from './rank-stories.js';
import { summariseOffline } from './summarise-offline.js';
import { isHistoryItem } from '../dispatch/is-history-item.js';

export type { Digest, DigestStory } from './digest-types.js';

/** What a digest covers when nothing says otherwise: the last 24 hours. */
export const DEFAULT_DIGEST_WINDOW_MS = 86_400_000;

export interface DigestDeps {
  store: DispatchStore;
  llm: Llm | null;
  logger: Logger;
  summaries: SummaryCache;
}

export interface DigestOptions {
  since: Date;
  lang: Lang;
  topics: string[];
  limit?: number;
  /**
   * A subscriber's last digest: only stories with a dispatch ingested after it are kept (each still
   * summarised over all its dispatches since `since`, so subscribers share the cached summary).
   */
  newSince?: Date;
  now: Date;
}

/** Most dispatches a digest reads. */
const MAX_DISPATCHES = 5000;
const summarySchema = z.object({ summary: z.string() });

/**
 * Every story with a dispatch dated on or after `since` (history items aside), ranked, each summarised once per language
 * (cached, so many subscribers cost one LLM call per story and language), citing its dispatches.
 */
export async function composeDigest(deps: DigestDeps, options: DigestOptions): Promise<Digest> {
  const since = options.since.toISOString();
  const listed = await deps.store.listDispatches({ since: since.slice(0, 10), limit: MAX_DISPATCHES });
  const newSince = options.newSince?.toISOString();
  const fresh = newSince === undefined ? null : new Set(listed.filter((d) => d.ingestedAt > newSince).map((d) => d.storyId));
  const read = await deps.store.getDispatches(listed.filter((d) => fresh === null || fresh.has(d.storyId)).map((d) => d.id));
  // Items of "Today in Kuwait's history" are not today's news (their dates keep them out already).
  const dispatches = read.filter((d) => !isHistoryItem(d, options.now));
  const ranked = rankStories(dispatches, options.topics);
  const chosen = options.limit === undefined ? ranked : ranked.slice(0, options.limit);
  const stories: DigestStory[] = [];
  for (const group of chosen) {
    const offline = summariseOffline(group, options.lang);
    const summary = deps.llm ? await summariseWithLlm(deps, group, options.lang, options.now) : null;
    stories.push({ storyId: group.storyId, title: offline.title, summary: summary ?? offline.summary, dispatchIds: group.dispatches.map((d) => d.id) });
  }
  return { lang: options.lang, since, stories: foldRepeatedStories(stories) };
}

async function summariseWithLlm(deps: DigestDeps, group: StoryGroup, lang: Lang, now: Date): Promise<string | null> {
  const ids = group.dispatches.map((d) => d.id).sort();
  const key = `${group.storyId}:${lang}:${createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 16)}`;
  const cached = await deps.summaries.get(key);
  if (cached !== null) return cached;
  const text = group.dispatches
    .map((d) => {
      const repeated = new Set(d.repeats.map((r) => r.paragraph));
      return `(${[d.agency, d.dateline?.city, d.date, d.lang].filter(Boolean).join(', ')}) ${d.headline}\n${d.paragraphs.filter((_, i) => !repeated.has(i)).join('\n')}`;
    })
    .join('\n\n');
  try {
    const { summary } = await (deps.llm as Llm).generate({
      name: 'story_summary',
      system: renderPrompt('digest.md', { language: promptLanguageNames[lang], dispatches: text }),
      user: 'Write the summary.',
      schema: summarySchema,
    });
    if (!summary.trim()) return null;
    await deps.summaries.set(key, summary.trim(), now);
    return summary.trim();
  } catch (error) {
    deps.logger.warn({ err: error, storyId: group.storyId }, 'story summary failed; using the lead');
    return null;
  }
}
