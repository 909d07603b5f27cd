/** Telegram's limit on one message's text, in UTF-16 code units (JS string length). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** A tag, an entity, a surrogate pair or one code unit: the pieces a cut may fall between. */
const TOKEN = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/giy;
const TAG_NAME = /^<\/?([a-z][a-z0-9-]*)/i;

/** Where a part may end, best first: between paragraphs, lines, words, else anywhere. */
const SEPARATORS = ['\n\n', '\n', ' '] as const;
type CutKind = 0 | 1 | 2 | 3;

interface Cut {
  /** index in the text where the part ends */
  end: number;
  /** index where the next part starts (after the separator) */
  next: number;
  /** tags open at `end`, as written, outermost first */
  open: string[];
}

const tagName = (tag: string) => (TAG_NAME.exec(tag)?.[1] ?? '').toLowerCase();
const closing = (open: string[]) => [...open].reverse().map((tag) => `</${tagName(tag)}>`).join('');

/** The stack of open tags after `tag`. */
function applyTag(open: string[], tag: string): string[] {
  if (!tag.startsWith('</')) return [...open, tag];
  const name = tagName(tag);
  const index = open.map(tagName).lastIndexOf(name);
  return index < 0 ? open : [...open.slice(0, index), ...open.slice(index + 1)];
}

/**
 * The best cut of `text` for a part that starts with `prefix` (the tags reopened from the part
 * before): the last paragraph boundary that fits, else the last line, word, or token boundary.
 * Never inside a tag, an entity or a surrogate pair, nor right after an opening tag.
 */
function findCut(text: string, prefix: string, inherited: string[], limit: number): Cut | null {
  const best: Array<Cut | null> = [null, null, null, null];
  let open = inherited;
  let afterOpeningTag = false;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    if (prefix.length + start > limit) break;
    const token = match[0];
    const fits = prefix.length + start + closing(open).length <= limit;
    if (fits && start > 0 && !afterOpeningTag) {
      const kind = SEPARATORS.findIndex((separator) => text.startsWith(separator, start));
      const cut = { end: start, next: kind < 0 ? start : start + (SEPARATORS[kind] as string).length, open };
      best[(kind < 0 ? 3 : kind) as CutKind] = cut;
    }
    const isTag = token.length > 1 && token.startsWith('<');
    afterOpeningTag = isTag && !token.startsWith('</');
    if (isTag) open = applyTag(open, token);
  }
  return best.find((cut) => cut !== null) ?? null;
}

/** Whether a part would show any text at all (Telegram refuses an empty message). */
const hasText = (part: string) => part.replace(/<[^>]*>/g, '').trim().length > 0;

/**
 * Splits an HTML message into parts Telegram accepts (each ≤ `limit` UTF-16 units, tags
 * included), cutting at paragraph boundaries first, then lines, then words; a tag open across a
 * cut is closed at the end of one part and reopened, attributes and all, at the start of the
 * next, so every part is valid HTML on its own. The sender and the bot's replies share it.
 */
export function splitMessage(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (html.length <= limit) return [html];
  const parts: string[] = [];
  let rest = html;
  let open: string[] = [];
  while (rest.length > 0) {
    let prefix = open.join('');
    if (prefix.length + rest.length <= limit) {
      parts.push(prefix + rest);
      break;
    }
    let cut = findCut(rest, prefix, open, limit);
    if (!cut) {
      // Reopened tags alone leave no room: drop their formatting rather than exceed the limit.
      prefix = '';
      open = [];
      cut = findCut(rest, '', [], limit) ?? { end: Math.max(1, limit), next: Math.max(1, limit), open: [] };
    }
    parts.push(prefix + rest.slice(0, cut.end) + closing(cut.open));
    rest = rest.slice(cut.next);
    open = cut.open;
  }
  return parts.filter(hasText);
}
