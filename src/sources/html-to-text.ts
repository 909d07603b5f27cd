import { decodeHTMLStrict } from 'entities';

const blockTag = /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|pre|figure|figcaption|hr)\b[^>]*>/gi;

/**
 * Turns a feed item's HTML (content:encoded, description) into wire-like text: one paragraph
 * per line, tags gone, entities decoded. Text without tags is only tidied, so a feed that
 * carries plain wire text keeps it as it was, but for entities (every named HTML entity, with its
 * semicolon, as feeds escape them even in text without tags).
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
  }
  text = decodeHTMLStrict(text);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
