import type { AnswerResult } from '../answer/answer-types.js';
import { escapeHtml } from './format-html.js';
import { isolateForeignRuns } from './isolate-foreign-runs.js';

/** First-strong isolate: keeps a run of the other script (a city, an id) from reordering its neighbours. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A dispatch id as a tappable command: Telegram commands allow [a-z0-9_] only. */
export function sourceCommand(id: string): string {
  return /^[a-z0-9-]+$/.test(id) ? `/source_${id.replaceAll('-', '_')}` : `/source ${id}`;
}

/** An answer as HTML: its text (runs of the other script isolated), then each citation as agency, city and date with its /source link. */
export function formatAnswer(result: AnswerResult, sourcesLabel: string): string {
  const body = escapeHtml(isolateForeignRuns(result.answer, result.lang));
  if (result.citations.length === 0) return body;
  const lines = result.citations.map(
    (c, i) => `[${i + 1}] ${escapeHtml([c.agency, c.city ? isolate(c.city) : null, c.date].filter(Boolean).join(', '))} ${sourceCommand(c.id)}`,
  );
  return `${body}\n\n<b>${escapeHtml(sourcesLabel)}</b>\n${lines.join('\n')}`;
}
