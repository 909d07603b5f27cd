import { analyseText } from './analyse-text.js';

/**
 * Arabic prepositions the search's stop list keeps (`ضد`, `حول`, `خلال`), analysed: a closed class,
 * never a topic, and never what a reader's inflected word stands for (`حولوا` "they diverted" is not `حول` "about").
 */
export const ARABIC_PARTICLES: ReadonlySet<string> = new Set(
  ['ضد', 'حول', 'خلال', 'ضمن', 'لدى', 'عند', 'منذ', 'حتى', 'بين', 'نحو', 'دون', 'عبر', 'تجاه', 'وفق', 'حسب', 'بحسب', 'وفقا', 'طبقا'].flatMap((w) => analyseText(w)),
);
