const SNIPPET_CHARS = 200;

/** The start of a paragraph, cut at a word boundary. */
export function makeSnippet(text: string, max = SNIPPET_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}
