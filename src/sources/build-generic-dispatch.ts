import type { Dateline, Lang, ParsedDispatch } from '../dispatch/dispatch-types.js';
import { detectLanguage } from '../text/detect-language.js';

/** A text that is not in a wire format: a feed item, a channel post, a JSON inbox item. */
export interface GenericItem {
  title: string | null;
  /** one paragraph per line */
  text: string;
  /** ISO time it was published, or null */
  isoDate: string | null;
  agency: string;
  /** the carrier's own language tag, when it has one; else detected */
  lang?: Lang | null;
  /** the carrier's own place (ninjs `located`): a dateline with the item's day and month */
  located?: string | null;
}

/** `عاجل`, `URGENT`, `FLASH` opening a text (`\b` knows no Arabic letters, hence the lookahead). */
const urgentMark = /^\s*(?:عاجل(?![\u0600-\u06FF])|(?:URGENT|FLASH)\b)/u;

/**
 * Builds a dispatch from a text without a wire's dateline and end marker: the title is the
 * headline (else the lead's first sentence), each line a paragraph, the date the item's own
 * (else today's), the language detected. `raw` is title and text, so the same item gets the same id.
 */
export function buildGenericDispatch(
  item: GenericItem,
  now: Date,
): { ok: true; dispatch: ParsedDispatch } | { ok: false; reason: string } {
  const title = item.title?.replace(/\s+/g, ' ').trim() || null;
  const paragraphs = item.text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (paragraphs.length === 0 && title === null) return { ok: false, reason: 'item has neither a title nor any text' };
  if (paragraphs.length === 0 && title !== null) paragraphs.push(title);
  const lead = paragraphs[0] ?? '';
  const headline = title ?? (lead.split(/(?<=[.!?؟])\s/u)[0] ?? lead).slice(0, 200);
  const date = validDate(item.isoDate) ?? now.toISOString().slice(0, 10);
  const raw = title === null ? paragraphs.join('\n') : [title, ...paragraphs].join('\n');
  return {
    ok: true,
    dispatch: {
      agency: item.agency,
      lang: item.lang ?? detectLanguage(raw),
      date,
      dateline: datelineOf(item.located, date),
      headline,
      headlineDerived: title === null,
      paragraphs,
      repeats: [],
      urgent: urgentMark.test(headline),
      endMarker: false,
      editors: null,
      raw,
    },
  };
}

function datelineOf(located: string | null | undefined, date: string): Dateline | null {
  const city = located?.trim();
  if (!city) return null;
  return { city, day: Number(date.slice(8, 10)), month: Number(date.slice(5, 7)) };
}

function validDate(iso: string | null): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** An agency name usable in a dispatch id: the feed's title when it is one short word (`KUNA`), else the host. */
export function agencyFor(title: string | null | undefined, url: string | null, fallback = 'feed'): string {
  const trimmed = title?.trim() ?? '';
  if (/^[\p{L}\p{N}._-]{1,20}$/u.test(trimmed)) return trimmed;
  try {
    return (url && new URL(url).hostname.replace(/^www\./, '')) || fallback;
  } catch {
    return fallback;
  }
}
