/**
 * Verbs of reported speech both answer checks read: find-speaker.ts (who is quoted) and names-doer.ts
 * (who reports an act, as against who does it). Each adds its own few: find-speaker matches Arabic stems
 * inside words (so it needs no feminine forms, and leaves out بين "between"), names-doer matches whole
 * words and hands a sentence to its source too (وفق، حسب، according to).
 */
export const ENGLISH_SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'saying', 'told', 'added', 'noted', 'stressed', 'announced', 'reported', 'affirmed', 'expressed', 'warned', 'urged',
  'called', 'welcomed', 'pledged', 'according to',
];

/** Arabic past-tense stems, normalised (ا for أ/إ): قال، أكد، أعلن … */
export const ARABIC_SPEECH_VERBS: readonly string[] = [
  'قال', 'شدد', 'دعا', 'حذر', 'رحب', 'طالب', 'اشار', 'اعلن', 'اوضح', 'ذكر', 'اكد', 'اضاف', 'صرح', 'افاد', 'اعرب',
];

/** A stem's feminine past (قالت، دعت): a final alif gives way to ت. */
export const feminineOf = (stem: string): string => (stem.endsWith('ا') ? `${stem.slice(0, -1)}ت` : `${stem}ت`);
