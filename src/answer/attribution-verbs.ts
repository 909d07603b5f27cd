import { normalised } from './find-speaker.js';
import { ARABIC_SPEECH_VERB_FORMS, ENGLISH_SPEECH_VERBS } from './speech-verbs.js';

/** Verbs that attribute a sentence to whoever reports it (said, announced, according to; قال، أعلن، أوضح، ذكر، وفق بيان). */
export const ATTRIBUTION = normalised(
  new RegExp(
    `\\b(?:${[...ENGLISH_SPEECH_VERBS, 'stated', 'explained', 'confirmed', 'warns'].join('|')})\\b|(?:^|\\s)و?(?:${[
      ...ARABIC_SPEECH_VERB_FORMS,
      'بين', 'بينت', 'وفق', 'وفقا', 'حسب',
    ].join('|')})(?=\\s)`,
    'giu',
  ),
);
