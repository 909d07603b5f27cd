import { analyseText } from '../text/analyse-text.js';

/** Prepositions of place that stand alone before the place named ("in Riqqa", "at Qaruh", `في العدان`). */
const LOCATIVES = new Set(['in', 'at', 'في', 'فى']);
/** The Arabic "in the" written onto its noun (`بالسالمي`, `بالفروانية`). */
const ATTACHED = /^(?:بال|فال)(?=\S{3})/u;
/** Words between the preposition and the place's name: an English article, a word for a kind of place (`في محافظة العاصمة`, `في منطقة الري`). */
const BEFORE_NAME = new Set(['the', 'محافظة', 'منطقة', 'مدينة', 'جزيرة', 'ضاحية']);

/**
 * The analysed first tokens of the words a question places something at: the word after a
 * preposition of place ("in Riqqa", "at the Avenues", `في تيماء`, `في محافظة العاصمة`), or an Arabic word carrying its
 * "in the" (`بالسالمي`). A word so placed that no list knows as a place is still the place asked:
 * a passage naming another place and not it tells the figure of another place. Pure.
 */
export function locatedWords(question: string): Set<string> {
  const words = question.toLowerCase().split(/[\s؟?.,،!]+/u).filter(Boolean);
  const found = new Set<string>();
  words.forEach((word, i) => {
    if (ATTACHED.test(word)) {
      const token = analyseText(word)[0];
      if (token) found.add(token);
      return;
    }
    if (!LOCATIVES.has(word)) return;
    let k = i + 1;
    while (BEFORE_NAME.has(words[k] ?? '')) k++;
    const next = words[k];
    const token = next ? analyseText(next)[0] : undefined;
    if (token) found.add(token);
  });
  return found;
}
