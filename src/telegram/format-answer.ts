import type { AnswerCitation, AnswerResult } from '../answer/answer-types.js';
import { answerText } from './answer-text.js';
import { translator } from './create-i18n.js';
import { escapeHtml } from './format-html.js';
import { isolateForeignRuns } from './isolate-foreign-runs.js';
import { nameInLanguage } from './name-in-language.js';

/** First-strong isolate: keeps a run of the other script (a city, an id) from reordering its neighbours. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A dispatch id as a tappable command: Telegram commands allow [a-z0-9_] only. */
export function sourceCommand(id: string): string {
  return /^[a-z0-9-]+$/.test(id) ? `/source_${id.replaceAll('-', '_')}` : `/source ${id}`;
}

/** Citations with one entry per dispatch, and each original number's new one. */
function uniqueCitations(citations: readonly AnswerCitation[]): { unique: AnswerCitation[]; renumber: Map<number, number> } {
  const unique: AnswerCitation[] = [];
  const renumber = new Map<number, number>();
  citations.forEach((c, i) => {
    let at = unique.findIndex((u) => u.id === c.id);
    if (at < 0) at = unique.push(c) - 1;
    renumber.set(i + 1, at + 1);
  });
  return { unique, renumber };
}

/**
 * An answer as HTML, every piece in the answer's language (the question's): its text (runs of the
 * other script isolated; for an English reader, Arabic quotes said to be Arabic in words and
 * datelines named in English where the gazetteer knows the city), then one line per cited dispatch
 * (never one dispatch as both [1] and [2]) under the Sources heading.
 */
export function formatAnswer(result: AnswerResult): string {
  const t = translator(result.lang);
  const { unique, renumber } = uniqueCitations(result.citations);
  let answer = answerText(result).replace(/\[(\d+)\]/g, (mark, n: string) => (renumber.has(Number(n)) ? `[${renumber.get(Number(n))}]` : mark));
  answer = answer.replace(/(\[\d+\])(?:\s*\1)+/g, '$1');
  // the dateline as the answer writes it ("KUNA, بكين, 2026-02-04"), never the city inside a quote
  for (const c of unique) {
    if (c.city) answer = answer.replaceAll(`${c.agency}, ${c.city}, ${c.date}`, `${c.agency}, ${nameInLanguage(c.city, result.lang)}, ${c.date}`);
  }
  let body = escapeHtml(isolateForeignRuns(answer, result.lang));
  if (result.lang === 'en') {
    const note = ` <i>${escapeHtml(t('in-language', { language: t('language-ar') }))}</i>`;
    body = body.replace(/«([^»]*[\u0600-\u06FF][^»]*)»/g, (quote) => `${quote}${note}`);
  }
  if (unique.length === 0) return body;
  const lines = unique.map(
    (c, i) => `[${i + 1}] ${escapeHtml([c.agency, c.city ? isolate(nameInLanguage(c.city, result.lang)) : null, c.date].filter(Boolean).join(', '))} ${sourceCommand(c.id)}`,
  );
  return `${body}\n\n<b>${escapeHtml(t('sources'))}</b>\n${lines.join('\n')}`;
}
