/** Telegram's limit on one message's text, in UTF-16 code units (JS string length). */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Room kept in each part for the tags that close and reopen across a split. */
const TAG_RESERVE = 96;

const TAG = /<\/?([a-z-]+)(?:\s[^>]*)?>/gi;

/** Pieces no longer than `max`, cut at paragraph, then line, then word boundaries, never inside a tag or an entity. */
function cutPieces(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  for (const separator of ['\n\n', '\n', ' ']) {
    const parts = text.split(separator);
    if (parts.length > 1) {
      const pieces: string[] = [];
      let current = '';
      for (const part of parts) {
        const joined = current === '' ? part : `${current}${separator}${part}`;
        if (joined.length <= max) current = joined;
        else {
          if (current !== '') pieces.push(current);
          current = part;
        }
      }
      if (current !== '') pieces.push(current);
      return pieces.flatMap((piece) => (piece.length > max ? cutPieces(piece, max) : [piece]));
    }
  }
  let at = max;
  const tagStart = text.lastIndexOf('<', at);
  if (tagStart > text.lastIndexOf('>', at - 1)) at = tagStart;
  const entityStart = text.lastIndexOf('&', at);
  if (entityStart > at - 10 && text.indexOf(';', entityStart) >= at) at = entityStart;
  if (at <= 0) at = max;
  return [text.slice(0, at), ...cutPieces(text.slice(at), max)];
}

/** The tags left open at the end of `html`, outermost first, as written (with attributes). */
function openTags(html: string, inherited: string[]): string[] {
  const stack = [...inherited];
  for (const match of html.matchAll(TAG)) {
    const [tag, name] = match as unknown as [string, string];
    if (tag.startsWith('</')) {
      const index = stack.map((t) => /^<([a-z-]+)/i.exec(t)?.[1]?.toLowerCase()).lastIndexOf(name.toLowerCase());
      if (index >= 0) stack.splice(index, 1);
    } else {
      stack.push(tag);
    }
  }
  return stack;
}

/**
 * Splits an HTML message into parts Telegram accepts (≤ `limit` UTF-16 units), preferring
 * paragraph boundaries; a tag open across a cut is closed at the end of one part and reopened
 * at the start of the next, so every part is valid HTML on its own.
 */
export function splitMessage(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (html.length <= limit) return [html];
  const pieces = cutPieces(html, limit - TAG_RESERVE);
  const parts: string[] = [];
  let open: string[] = [];
  for (const piece of pieces) {
    const prefix = open.join('');
    open = openTags(piece, open);
    const suffix = [...open].reverse().map((tag) => `</${/^<([a-z-]+)/i.exec(tag)?.[1]}>`).join('');
    parts.push(`${prefix}${piece}${suffix}`);
  }
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
