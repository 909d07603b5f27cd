const blockTag = /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|pre|figure|figcaption|hr)\b[^>]*>/gi;

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

/**
 * Turns a feed item's HTML (content:encoded, description) into wire-like text: one paragraph
 * per line, tags gone, entities decoded. Text without tags is only tidied, so a feed that
 * carries plain wire text keeps it as it was.
 */
export function htmlToText(input: string): string {
  let text = input.replace(/\r\n?/g, '\n');
  if (/<[a-z!/][^>]*>/i.test(text)) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/\n/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(blockTag, '\n')
      .replace(/<[^>]*>/g, '');
    text = decodeEntities(text);
  }
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
