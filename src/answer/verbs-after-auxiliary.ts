import { analyseText } from '../text/analyse-text.js';

/** The English auxiliaries and modals a verb in its base form follows in a question ("could people see", "did Kuwait give", "will the wall use"). */
const AUXILIARY = /^(?:do|does|did|will|would|can|could|should|shall|may|might|must)$/i;

/**
 * The analysed tokens of the English words that stand after an auxiliary or a modal in a question (see AUXILIARY), up to the
 * end of its clause: where the asking's verb stands, in its base form, while the wire tells the deed in its own tense, which
 * for an irregular verb the stemmer does not take back to the asker's (`seen`, `gave`, `took`, `found` for `see`, `give`,
 * `take`, `find`). Pure.
 */
export function verbsAfterAuxiliary(question: string): Set<string> {
  const found = new Set<string>();
  for (const clause of question.split(/[,;:?!.—–]+/u)) {
    const words = clause.split(/\s+/u).filter((word) => word.length > 0);
    const first = words.findIndex((word) => AUXILIARY.test(word));
    if (first < 0) continue;
    for (const word of words.slice(first + 1)) if (/^[a-z]+$/iu.test(word)) for (const token of analyseText(word)) found.add(token);
  }
  return found;
}
