import type { Lang } from '../dispatch/dispatch-types.js';

export interface AnswerCitation {
  id: string;
  /** the dispatch's own words, verbatim */
  quote: string;
  agency: string;
  date: string;
  city: string | null;
  paragraph: number;
}

/** What a subscriber gets back; `ask --json` prints it with citations cut to `{id, quote}`. */
export interface AnswerResult {
  answer: string;
  lang: Lang;
  found: boolean;
  mode: 'llm' | 'extractive';
  citations: AnswerCitation[];
  /**
   * What the message was: a question (absent or `answer`), or small talk that got a short reply in
   * its language instead of a search (the bot renders its own words for these).
   */
  kind?: 'answer' | 'greeting' | 'thanks' | 'help';
  /**
   * What frames `answer` (which holds only the dispatches' words and the model's statements):
   * `telegram/` says it in the reader's language from the Fluent files. Absent: the text stands alone.
   */
  frame?: AnswerFrame;
}

/** The frame of an answer, as data: quotes, the model's statements, a decline (with the closest stored headlines), a partial answer (what the dispatches do not give: an answer type such as `number`, or a word), small talk. */
export type AnswerFrame =
  | { kind: 'quoted' }
  | { kind: 'model' }
  | { kind: 'declined'; closest: string[] }
  | { kind: 'partial'; missing: string[] }
  | { kind: 'small-talk' };
