const MAX_HEADLINE = 120;

/** A full stop after these is an abbreviation (`U.S.`, `Feb.`, `Mr.`), not a sentence end. */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|[A-Za-z](?:\.[A-Za-z])+|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mrs?|Ms|Dr|St|Gen|Col|Lt|Capt|Prof|Sen|Rep|Gov|No|Co|Inc|Ltd|Jr|Sr|vs)$/;

/** Index of the first sentence end in `text`, or -1. */
function sentenceEnd(text: string): number {
  const pattern = /[.!?؟](?=\s|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match.index === 0) continue;
    if (match[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    return match.index;
  }
  return -1;
}

/**
 * A headline from the lead when the dispatch has none: its first sentence (without the full stop),
 * or, when that is longer than 120 characters, its start cut at a word boundary and ended with `…`.
 */
export function deriveHeadline(lead: string): string {
  const end = sentenceEnd(lead.slice(0, 2000));
  const sentence = (end > 0 ? lead.slice(0, end) : lead).trim();
  if (sentence.length <= MAX_HEADLINE) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_HEADLINE);
  const start = sentence.slice(0, cut > MAX_HEADLINE / 2 ? cut : MAX_HEADLINE);
  return `${start.replace(/[\s,،;:؛-]+$/, '')}…`;
}
