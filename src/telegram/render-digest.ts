import type { Digest, DigestStory } from '../digest/digest-types.js';
import type { Lang } from '../dispatch/dispatch-types.js';
import { translator, type Translate } from './create-i18n.js';
import { sourceCommand } from './format-answer.js';
import { escapeHtml } from './format-html.js';
import { formatDay, formatWhen } from './format-when.js';

/** Stories shown in a digest message; the rest are counted. */
export const SHOWN = 7;

export interface DigestReader {
  lang: Lang;
  timeZone: string;
}

/** A dispatch's story as a tappable command, like /source_<id>. */
export function storyCommand(storyId: string): string {
  return /^[a-z0-9-]+$/.test(storyId) ? `/story_${storyId.replaceAll('-', '_')}` : `/story ${storyId}`;
}

/** "(in Arabic)" after a text not in the reader's language, in words. */
export function languageNote(t: Translate, textLang: Lang, readerLang: Lang): string {
  return textLang === readerLang ? '' : ` <i>${escapeHtml(t('in-language', { language: t(`language-${textLang}`) }))}</i>`;
}

function renderStory(t: Translate, story: DigestStory, n: number, reader: DigestReader): string {
  const title = `${n}. ${story.urgent ? '🔴 ' : ''}<b>${escapeHtml(story.title)}</b>${languageNote(t, story.titleLang, reader.lang)}`;
  const summary = story.summary ? `${escapeHtml(story.summary)}${story.summaryLang === story.titleLang ? '' : languageNote(t, story.summaryLang, reader.lang)}` : null;
  const meta = t('digest-story-meta', { updates: story.updates, time: formatWhen(story.latestAt, reader.lang, reader.timeZone) });
  const links = [storyCommand(story.storyId), sourceCommand(story.dispatchIds[0] as string)];
  if (story.link) links.push(`<a href="${escapeHtml(story.link)}">${escapeHtml(t('digest-original'))}</a>`);
  return [title, summary, `<i>${escapeHtml(meta)}</i> · ${links.join(' · ')}`].filter((line) => line !== null).join('\n');
}

/**
 * A digest as one HTML message in the reader's language: a header naming the day and the period
 * covered, each story with its headline (the language said in words when it is the other one), a
 * summary, how many dispatches and when the latest came, its /story and /source links and the
 * original's address. An empty period says so and offers the latest stories, labelled as older.
 */
export function renderDigest(digest: Digest, reader: DigestReader): string {
  const t = translator(reader.lang);
  const from = formatWhen(digest.from, reader.lang, reader.timeZone);
  const to = formatWhen(digest.until, reader.lang, reader.timeZone);
  const header = t('digest-header', { day: formatDay(digest.until, reader.lang, reader.timeZone), from, to });
  if (digest.stories.length === 0) {
    const empty = [header, escapeHtml(t('digest-empty'))].join('\n');
    if (digest.older.length === 0) return empty;
    return [empty, `<b>${escapeHtml(t('digest-older'))}</b>`, ...digest.older.map((s, i) => renderStory(t, s, i + 1, reader))].join('\n\n');
  }
  const shown = digest.stories.slice(0, SHOWN).map((s, i) => renderStory(t, s, i + 1, reader));
  const more = digest.stories.length > SHOWN ? [escapeHtml(t('digest-more', { count: digest.stories.length - SHOWN }))] : [];
  return [header, ...shown, ...more].join('\n\n');
}
