import type { AnswerResult } from '../answer/answer-types.js';
import { translator } from './create-i18n.js';

/** Answer types a partial answer may say it lacks, each worded in the Fluent files as `missing-<type>`. */
const MISSING_TYPES = new Set(['number', 'duration', 'date', 'person', 'place', 'reason', 'result']);

/**
 * An answer as the reader reads it, before any formatting: the frame in the answer's language (the
 * question's) from the Fluent files, then the dispatches' words and the model's statements. The
 * bot formats it as HTML; `wirebrief ask` prints it. Small talk is the bot's own short reply, already HTML.
 */
export function answerText(result: AnswerResult): string {
  const t = translator(result.lang);
  const frame = result.frame;
  switch (frame?.kind) {
    case 'quoted':
      return `${t('answer-quoted')}\n${result.answer}`;
    case 'declined':
      return [t('not-found'), ...(frame.closest.length > 0 ? [t('answer-closest'), ...frame.closest.map((h) => `• ${h}`)] : [])].join('\n');
    case 'partial': {
      const named = frame.missing.map((m) => (MISSING_TYPES.has(m) ? t(`missing-${m}`) : `«${m}»`));
      const missing = new Intl.ListFormat(result.lang, { type: 'conjunction' }).format(named);
      return `${t('answer-partial', { missing })}\n${result.answer}`;
    }
    case 'small-talk':
      // the bot's own short reply (HTML, as the other Fluent messages)
      return t(result.kind === 'help' ? 'help' : `ask-${result.kind === 'thanks' ? 'thanks' : 'greeting'}`);
    default:
      return result.answer;
  }
}
