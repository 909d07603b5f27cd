import type { Dispatch, Lang } from '../dispatch/dispatch-types.js';
import { escapeHtml } from '../telegram/format-html.js';
import { isolate, sourceCommand } from '../telegram/format-answer.js';

const labels: Record<Lang, (topic: string) => string> = {
  en: (topic) => `New on ${topic}`,
  ar: (topic) => `جديد عن ${topic}`,
};

/** An alert: the topic, the headline and lead, where and when, and the /source link. */
export function formatAlert(dispatch: Dispatch, topic: string, lang: Lang): string {
  const where = [dispatch.agency, dispatch.dateline ? isolate(dispatch.dateline.city) : null, dispatch.date].filter(Boolean).join(', ');
  return [
    `${dispatch.urgent ? '🔴 ' : ''}<b>${escapeHtml(labels[lang](isolate(topic)))}</b>`,
    `<b>${escapeHtml(dispatch.headline)}</b>`,
    escapeHtml(dispatch.paragraphs[0] ?? ''),
    `${escapeHtml(where)} ${sourceCommand(dispatch.id)}`,
  ].join('\n');
}
