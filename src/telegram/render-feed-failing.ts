import type { Lang } from '../dispatch/dispatch-types.js';
import { translator } from './create-i18n.js';
import { escapeHtml } from './format-html.js';

/** The note an administrator gets when a feed keeps failing, in their language. */
export function renderFeedFailing(url: string, reason: string, lang: Lang): string {
  return `<b>${escapeHtml(translator(lang)('feed-failing'))}</b>\n${escapeHtml(url)}\n${escapeHtml(reason)}`;
}
