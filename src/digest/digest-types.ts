import type { Lang } from '../dispatch/dispatch-types.js';

export interface DigestStory {
  storyId: string;
  title: string;
  summary: string;
  dispatchIds: string[];
}

/** `wirebrief digest --json` prints exactly this. */
export interface Digest {
  lang: Lang;
  since: string;
  stories: DigestStory[];
}
