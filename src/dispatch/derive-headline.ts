const MAX_HEADLINE = 120;

/** A headline from the lead when the dispatch has none: its first sentence, or its start cut at a word. */
export function deriveHeadline(lead: string): string {
  const sentenceEnd = lead.search(/[.!?؟](\s|$)/);
  const sentence = sentenceEnd > 0 ? lead.slice(0, sentenceEnd) : lead;
  if (sentence.length <= MAX_HEADLINE) return sentence.trim();
  const cut = sentence.lastIndexOf(' ', MAX_HEADLINE);
  return `${sentence.slice(0, cut > MAX_HEADLINE / 2 ? cut : MAX_HEADLINE).trim()}…`;
}
