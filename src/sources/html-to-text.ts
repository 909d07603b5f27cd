const blockTag = /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|main|header|footer|pre|figure|figcaption|hr)\b[^>]*>/gi;

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

/** Elements that are never the article: scripts, navigation, page header and footer, side bars, forms, photos and their captions. */
const noise = /<(script|style|noscript|template|svg|nav|header|footer|aside|form|button|select|iframe|figure|figcaption)\b[\s\S]*?<\/\1\s*>/gi;

/** Where a news site keeps the article, most specific first. */
const articleStarts = [
  /<[a-z][a-z0-9]*\b[^>]*\bitemprop\s*=\s*["']?articleBody\b[^>]*>/i,
  /<article\b[^>]*>/i,
  /<[a-z][a-z0-9]*\b[^>]*\b(?:id|class)\s*=\s*["'][^"']*\b(?:article[-_]?(?:body|details?|content|text)|story[-_]?body|entry[-_]content|post[-_]content|ArticleDetails)\b[^>]*>/i,
  /<main\b[^>]*>/i,
];

/** Fewest characters of text an article container must hold to be taken for the article. */
const MIN_ARTICLE = 120;

/**
 * Turns HTML into wire-like text: one paragraph per line, tags gone, entities decoded. A whole page
 * (an article fetched by URL, a saved page) is reduced to its article: the page's headline (`h1`)
 * and the element that holds the story (`itemprop=articleBody`, `article`, an article-body class,
 * `main`), without navigation, side bars, forms, photo captions or scripts. Text without tags is
 * only tidied, so a feed that carries plain wire text keeps it as it was.
 */
export function htmlToText(input: string): string {
  let text = input.replace(/\r\n?/g, '\n');
  if (/<[a-z!/][^>]*>/i.test(text)) {
    text = text.replace(/<!--[\s\S]*?-->/g, '');
    text = /<body\b|<html\b/i.test(text) ? articleOf(text) : text.replace(noise, '');
    text = text
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

/**
 * A page's headline and article element (as HTML, noise removed), or its body when no container
 * holds enough text. The headline is the first `h1`, read before the noise goes (it may sit in a header).
 */
function articleOf(page: string): string {
  const whole = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i.exec(page)?.[1] ?? page;
  const headline = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(whole.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ''))?.[1] ?? null;
  const body = whole.replace(noise, '');
  for (const start of articleStarts) {
    const element = elementAt(body, start);
    if (element === null || plainLength(element) < MIN_ARTICLE) continue;
    return headline !== null && !element.includes(headline) ? `<h1>${headline}</h1>${element}` : element;
  }
  return headline !== null && !body.includes(headline) ? `<h1>${headline}</h1>${body}` : body;
}

/** The element whose start tag `start` finds, through its balanced end tag (or the rest of the text). */
function elementAt(html: string, start: RegExp): string | null {
  const open = start.exec(html);
  if (!open) return null;
  const name = (/^<([a-z][a-z0-9]*)/i.exec(open[0]) as RegExpExecArray)[1] as string;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let tag = tags.exec(html); tag !== null; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : tag[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return html.slice(open.index, tag.index + tag[0].length);
  }
  return html.slice(open.index);
}

function plainLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().length;
}
