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
}
