import { speakerName } from '../answer/find-speaker.js';
import type { Alert } from '../digest/alert-types.js';
import type { StoryChange } from '../digest/find-changes.js';
import type { Lang } from '../dispatch/dispatch-types.js';
import type { Subscriber } from '../store/subscriber-store.js';
import { translator, type Translate } from './create-i18n.js';
import { sourceCommand } from './format-answer.js';
import { escapeHtml } from './format-html.js';
import { nameInLanguage } from './name-in-language.js';
import { languageNote, storyCommand } from './render-digest.js';

export function changeLine(t: Translate, change: StoryChange, lang: Lang): string {
  if (change.kind === 'speaker') return t('change-speaker', { name: speakerName(change.speaker, lang) ?? change.speaker });
  const key = Number(change.to.replace(',', '')) >= Number(change.from.replace(',', '')) ? 'change-rises' : 'change-falls';
  return t(key, { label: change.label, from: change.from, to: change.to });
}

/** Where and when a dispatch was filed, the city in the reader's language where the gazetteer knows it. */
export function dispatchPlace(d: Alert['dispatch'], lang: Lang): string {
  return [d.agency, d.dateline ? nameInLanguage(d.dateline.city, lang) : null, d.date].filter(Boolean).join(', ');
}

/**
 * An alert in the subscriber's language: the first tells the story (headline, lead); an update or a
 * correction says so and names what changed ("death toll rises from 12 to 15"); each ends with
 * where and when, and the /story and /source links.
 */
export function renderAlert(alert: Alert, subscriber: Pick<Subscriber, 'lang'>): string {
  const lang = subscriber.lang;
  const t = translator(lang);
  const d = alert.dispatch;
  const heading = t(`alert-${alert.kind}`, { topic: nameInLanguage(alert.topic, lang) });
  const lines = [`${d.urgent ? '🔴 ' : ''}<b>${escapeHtml(heading)}</b>`];
  lines.push(...alert.changes.map((c) => `• ${escapeHtml(changeLine(t, c, lang))}`));
  const lead = d.paragraphs[0];
  // a first alert tells the story: the headline when the wire wrote one, and the lead; an update stays short
  if (alert.kind === 'first' && lead) {
    if (!d.headlineDerived) lines.push(`<b>${escapeHtml(d.headline)}</b>`);
    lines.push(`${escapeHtml(lead)}${languageNote(t, d.lang, lang)}`);
  } else {
    lines.push(`<b>${escapeHtml(d.headline)}</b>${languageNote(t, d.lang, lang)}`);
  }
  lines.push(`${escapeHtml(dispatchPlace(d, lang))} · ${storyCommand(alert.storyId)} · ${sourceCommand(d.id)}`);
  return lines.join('\n');
}
