import type { TimelineEntry } from '../digest/story-timeline.js';
import { translator } from './create-i18n.js';
import { sourceCommand } from './format-answer.js';
import { escapeHtml } from './format-html.js';
import { formatWhen } from './format-when.js';
import { changeLine, dispatchPlace } from './render-alert.js';
import { type DigestReader, languageNote } from './render-digest.js';

/** Entries shown; older ones are counted. */
const SHOWN = 12;

/** A story's timeline, newest first: when, the headline (its language in words when not the reader's), what each update added. */
export function renderTimeline(timeline: readonly TimelineEntry[], reader: DigestReader): string {
  const t = translator(reader.lang);
  const entries = timeline.slice(0, SHOWN).map(({ dispatch: d, changes, first }) => {
    const lines = [`<b>${escapeHtml(formatWhen(d.ingestedAt, reader.lang, reader.timeZone))}</b> · ${d.urgent ? '🔴 ' : ''}${escapeHtml(d.headline)}${languageNote(t, d.lang, reader.lang)}`];
    if (first) lines.push(`<i>${escapeHtml(t('timeline-first'))}</i>`);
    else if (changes.length === 0) lines.push(`<i>${escapeHtml(t('timeline-nothing-new'))}</i>`);
    lines.push(...changes.map((c) => `• ${escapeHtml(changeLine(t, c, reader.lang))}`));
    lines.push(`${escapeHtml(dispatchPlace(d, reader.lang))} ${sourceCommand(d.id)}`);
    return lines.join('\n');
  });
  const more = timeline.length > SHOWN ? [escapeHtml(t('timeline-more', { count: timeline.length - SHOWN }))] : [];
  return [`<b>${escapeHtml(t('timeline-title', { count: timeline.length }))}</b>`, ...entries, ...more].join('\n\n');
}
