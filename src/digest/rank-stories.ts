import type { Dispatch } from '../dispatch/dispatch-types.js';
import { dispatchTopicText, topicMatcher } from './match-topic.js';

export interface StoryGroup {
  storyId: string;
  /** newest first */
  dispatches: Dispatch[];
}

/** Whether any dispatch of the story names a followed topic (in either language, through the gazetteer). */
export function storyMatchesTopics(group: StoryGroup, topics: readonly string[]): boolean {
  if (topics.length === 0) return false;
  const matchers = topics.map(topicMatcher);
  return group.dispatches.some((dispatch) => {
    const text = dispatchTopicText(dispatch);
    return matchers.some((matches) => matches(text));
  });
}

/** Groups dispatches by story and ranks the stories: urgent first, then followed topics, then bigger, then newer. */
export function rankStories(dispatches: readonly Dispatch[], topics: readonly string[]): StoryGroup[] {
  const groups = new Map<string, Dispatch[]>();
  for (const dispatch of dispatches) groups.set(dispatch.storyId, [...(groups.get(dispatch.storyId) ?? []), dispatch]);
  const stories = [...groups].map(([storyId, list]) => ({
    storyId,
    dispatches: [...list].sort((a, b) => b.date.localeCompare(a.date) || b.ingestedAt.localeCompare(a.ingestedAt)),
  }));
  const key = (group: StoryGroup) => ({
    urgent: group.dispatches.some((d) => d.urgent) ? 1 : 0,
    followed: storyMatchesTopics(group, topics) ? 1 : 0,
    size: group.dispatches.length,
    newest: group.dispatches[0]?.ingestedAt ?? '',
  });
  const keys = new Map(stories.map((s) => [s.storyId, key(s)]));
  return stories.sort((a, b) => {
    const ka = keys.get(a.storyId)!;
    const kb = keys.get(b.storyId)!;
    return kb.urgent - ka.urgent || kb.followed - ka.followed || kb.size - ka.size || kb.newest.localeCompare(ka.newest);
  });
}
