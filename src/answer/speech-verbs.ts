/**
 * Verbs of reported speech the answer checks read: find-speaker.ts (who is quoted) and names-doer.ts
 * (who reports an act, as against who does it); also the attribution pattern, the statement a question
 * quotes (report-day-match.ts) and a verb of telling addressed to an agency (told-agency.ts). Each adds its own few: find-speaker matches Arabic stems
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

/** The Arabic speech verbs as whole words: each stem and its feminine (قال، قالت). */
export const ARABIC_SPEECH_VERB_FORMS: readonly string[] = ARABIC_SPEECH_VERBS.flatMap((stem) => [stem, feminineOf(stem)]);

/** The English speech verbs of one word, with the asker's "tell", "tells" and "say" ("who told KUNA …", "who said …", "tell me …"). */
export const ENGLISH_TELLING_VERBS: readonly string[] = [...ENGLISH_SPEECH_VERBS.filter((verb) => !verb.includes(' ')), 'tell', 'tells', 'say'];
