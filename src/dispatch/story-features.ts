import type { Lang } from './dispatch-types.js';

/** What story grouping compares: where, when, who/what (language-neutral keys) and the lead's words. */
export interface StoryFeatures {
  lang: Lang;
  date: string;
  /** the dateline city as a language-neutral key (gazetteer id, else the analysed city), or null */
  cityKey: string | null;
  /** gazetteer ids of the people, places and organisations in the headline and lead */
  entityKeys: string[];
  /** analysed terms of the headline and lead */
  leadTerms: string[];
}

/** A stored dispatch offered as a possible member of the same story. */
export interface StoryCandidate extends StoryFeatures {
  id: string;
  storyId: string;
}
