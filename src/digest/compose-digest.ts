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
import { summariseOffline, type StoryText } from './summarise-offline.js';
import { isHistoryItem } from '../dispatch/is-history-item.js';

export type { Digest, DigestStory } from './digest-types.js';

/** What a digest covers when nothing says otherwise: the last 24 hours. */
export const DEFAULT_DIGEST_WINDOW_MS = 86_400_000;

/** Older stories offered when a period is empty. */
const OLDER_OFFERED = 3;

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
const titledSchema = z.object({ title: z.string(), summary: z.string() });

/**
 * Every story with a dispatch dated on or after `since` (history items aside), ranked, each summarised once per language
 * (cached, so many subscribers cost one LLM call per story and language), citing its dispatches.
 * Nothing older than the period is in `stories`; when it is empty, `older` holds the latest stories
 * before it (the chat's /digest and `wirebrief digest` both compose through here, so they agree).
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
  const stories = await describeStories(deps, chosen, options);
  const older = stories.length === 0 ? await olderStories(deps, options) : [];
  return { lang: options.lang, since, stories, from: newSince ?? since, until: options.now.toISOString(), older };
}

async function describeStories(deps: DigestDeps, groups: StoryGroup[], options: DigestOptions): Promise<DigestStory[]> {
  const stories: DigestStory[] = [];
  for (const group of groups) {
    const offline = summariseOffline(group, options.lang);
    const text = deps.llm ? ((await summariseWithLlm(deps, group, options.lang, offline, options.now)) ?? offline) : offline;
    const newest = group.dispatches.reduce((a, b) => (b.ingestedAt > a.ingestedAt ? b : a));
    const linked = group.dispatches.find((d) => /^https?:\/\//.test(d.source));
    stories.push({
      storyId: group.storyId,
      title: text.title,
      summary: text.summary,
      dispatchIds: group.dispatches.map((d) => d.id),
      titleLang: text.titleLang,
      summaryLang: text.summaryLang,
      updates: group.dispatches.length,
      latestAt: newest.ingestedAt,
      link: linked?.source ?? null,
      urgent: group.dispatches.some((d) => d.urgent),
    });
  }
  return foldRepeatedStories(stories);
}

/** The latest stories before the period: those of the newest day stored before `since`. */
async function olderStories(deps: DigestDeps, options: DigestOptions): Promise<DigestStory[]> {
  const day = options.since.toISOString().slice(0, 10);
  const [newest] = await deps.store.listDispatches({ until: previousDay(day), limit: 1 });
  if (!newest) return [];
  const listed = await deps.store.listDispatches({ since: newest.date, until: newest.date, limit: MAX_DISPATCHES });
  const read = await deps.store.getDispatches(listed.map((d) => d.id));
  const groups = rankStories(read.filter((d) => !isHistoryItem(d, options.now)), options.topics).slice(0, OLDER_OFFERED);
  return describeStories(deps, groups, options);
}

function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

async function summariseWithLlm(deps: DigestDeps, group: StoryGroup, lang: Lang, offline: StoryText, now: Date): Promise<StoryText | null> {
  const ids = group.dispatches.map((d) => d.id).sort();
  const key = `${group.storyId}:${lang}:${createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 16)}`;
  // no headline in the reader's language: the model translates one, cached beside the summary
  const translate = offline.titleLang !== lang;
  const cached = await deps.summaries.get(key);
  const cachedTitle = translate ? await deps.summaries.get(`${key}:title`) : null;
  if (cached !== null && (!translate || cachedTitle !== null)) return { title: cachedTitle ?? offline.title, titleLang: translate ? lang : offline.titleLang, summary: cached, summaryLang: lang };
  const text = group.dispatches
    .map((d) => {
      const repeated = new Set(d.repeats.map((r) => r.paragraph));
      return `(${[d.agency, d.dateline?.city, d.date, d.lang].filter(Boolean).join(', ')}) ${d.headline}\n${d.paragraphs.filter((_, i) => !repeated.has(i)).join('\n')}`;
    })
    .join('\n\n');
  try {
    const request = { system: renderPrompt('digest.md', { language: promptLanguageNames[lang], dispatches: text }), user: translate ? 'Write the summary, and a headline in that language as title.' : 'Write the summary.' };
    const reply = translate
      ? await (deps.llm as Llm).generate({ name: 'story_summary_titled', ...request, schema: titledSchema })
      : { title: '', ...(await (deps.llm as Llm).generate({ name: 'story_summary', ...request, schema: summarySchema })) };
    const summary = reply.summary.trim();
    if (!summary) return null;
    await deps.summaries.set(key, summary, now);
    const title = reply.title.trim();
    if (translate && title) await deps.summaries.set(`${key}:title`, title, now);
    return { title: title || offline.title, titleLang: title ? lang : offline.titleLang, summary, summaryLang: lang };
  } catch (error) {
    deps.logger.warn({ err: error, storyId: group.storyId }, 'story summary failed; using the lead');
    return null;
  }
}
