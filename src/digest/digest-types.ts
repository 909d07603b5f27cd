import type { Lang } from '../dispatch/dispatch-types.js';

/** One story of a digest, as data: `telegram/` renders it, `digest --json` prints it. */
export interface DigestStory {
  storyId: string;
  /** the headline in the digest's language where one exists (own-language dispatch, or translated by the LLM), else the original */
  title: string;
  /** not the headline again: the cached LLM summary, or offline the lead trimmed at a clause; may be empty */
  summary: string;
  dispatchIds: string[];
  /** the language `title` is written in (differs from the digest's when no headline in its language exists) */
  titleLang: Lang;
  /** the language `summary` is written in */
  summaryLang: Lang;
  /** dispatches of the story in the period (the first and its updates, both languages) */
  updates: number;
  /** ISO time the newest of them was received */
  latestAt: string;
  /** the original's address (feed item or page) when the source has one */
  link: string | null;
  urgent: boolean;
}

/** `wirebrief digest --json` prints this; `lang`, `since` and `stories` are the contract, the rest added. */
export interface Digest {
  lang: Lang;
  since: string;
  /** ISO start of the period as the reader sees it: the last digest when there was one, else `since` */
  from: string;
  /** ISO end of the period (the moment it was composed) */
  until: string;
  stories: DigestStory[];
  /** only when `stories` is empty: the latest stories before the period, labelled as older by whoever shows them */
  older: DigestStory[];
}
