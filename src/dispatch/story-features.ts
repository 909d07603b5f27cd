import type { Lang } from './dispatch-types.js';

/** What a dispatch says about itself: a later version of its story, or not. */
export type StoryMarker = 'update' | 'correction' | null;

/** What story grouping compares: where, when, who/what (language-neutral keys) and the lead's words. */
export interface StoryFeatures {
  /** the agency that filed it, as the dispatch records it (`KUNA`, `WAM`): its own name in its text tells no story apart */
  agency: string;
  lang: Lang;
  date: string;
  /** the dateline city as a language-neutral key (gazetteer id, else the analysed city), or null (a flash) */
  cityKey: string | null;
  /** gazetteer ids of the people, places and organisations of the whole dispatch */
  entityKeys: string[];
  /** analysed terms of the headline and lead */
  leadTerms: string[];
  /** the numbers of the whole dispatch, digits and decimal marks normalised (`findNumberKeys`), and the dates it names by day and month (`findDateKeys`: `15/4`) */
  numberKeys: string[];
  /** consonant skeletons of the names in the whole dispatch, comparable across scripts (`findNameKeys`), and the weekdays it names besides its own (`findDayKeys`) */
  nameKeys: string[];
  /** `UPDATE` / `تحديث` / `CORRECTION` / `تصحيح` on the dispatch */
  marker: StoryMarker;
  /** a flash (`عاجل`, `URGENT`, `FLASH`) */
  urgent: boolean;
}

/** A stored dispatch offered as a possible member of the same story. */
export interface StoryCandidate extends StoryFeatures {
  id: string;
  storyId: string;
}
